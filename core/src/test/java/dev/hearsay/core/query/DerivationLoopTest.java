package dev.hearsay.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.query.CircularReporting.DerivationLoop;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DerivationLoopTest {
  static List<DerivationLoop> derivationLoops(ProvenanceIndex index) {
    return index.circularReporting().stream()
        .filter(DerivationLoop.class::isInstance)
        .map(DerivationLoop.class::cast)
        .toList();
  }

  static List<String> ids(DerivationLoop loop) {
    return loop.path().stream().map(ClaimId::value).toList();
  }

  @Test
  void eachDerivedClaimGetsOneLoopPerActorAlongAShortestPathToTheNearestClaim() {
    // x -> y -> z and x -> z2 -> w -> v: wire originates z and v, and relays x.
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "wire<-agency", "paper<-wire<-agency")
            .claim("y", "agency<-a")
            .claim("z", "agency<-wire")
            .claim("z2", "agency<-b")
            .claim("w", "agency<-c")
            .claim("v", "agency<-wire")
            .relation("x", RelationKind.DERIVED_FROM, "z2")
            .relation("z2", RelationKind.DERIVED_FROM, "w")
            .relation("w", RelationKind.DERIVED_FROM, "v")
            .relation("x", RelationKind.DERIVED_FROM, "y")
            .relation("y", RelationKind.DERIVED_FROM, "z")
            .index();

    assertThat(derivationLoops(index))
        .singleElement()
        .satisfies(
            loop -> {
              assertThat(ids(loop)).containsExactly("x", "y", "z");
              assertThat(loop.actor().id()).isEqualTo(ActorId.of("wire"));
            });
  }

  @Test
  void aClaimTheActorBothRelaysAndOriginatesIsNotItsOwnLoop() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("x", "wire<-agency", "paper<-wire")
            .claim("y", "b<-c")
            .claim("z", "agency<-wire")
            .relation("y", RelationKind.DERIVED_FROM, "x")
            .relation("x", RelationKind.DERIVED_FROM, "z")
            .index();

    assertThat(derivationLoops(index))
        .singleElement()
        .satisfies(loop -> assertThat(ids(loop)).containsExactly("x", "z"));
  }

  @Test
  void loopsComeByClaimThenByActorInTheOrderTheChainsNameThem() {
    ProvenanceIndex index =
        new Synthetic()
            .claim("b", "paper<-x")
            .claim("a", "wire<-paper<-x")
            .claim("c", "paper<-wire")
            .claim("d", "x<-paper")
            .relation("a", RelationKind.DERIVED_FROM, "d")
            .relation("a", RelationKind.DERIVED_FROM, "c")
            .relation("b", RelationKind.DERIVED_FROM, "a")
            .index();

    assertThat(derivationLoops(index))
        .extracting(l -> String.join(">", ids(l)) + " " + l.actor().name())
        .containsExactly("b>a>d paper", "a>c wire", "a>d paper");
  }

  /**
   * On random graphs, a loop is reported exactly for each derived claim and relaying actor with a
   * path to another claim the actor originated, and its path is a shortest one.
   */
  @Test
  void agreesWithASearchFromEveryClaim() {
    Random random = new Random(7);
    int loops = 0;
    for (int round = 0; round < 300; round++) {
      int n = 1 + random.nextInt(9);
      Synthetic data = new Synthetic();
      for (int i = 0; i < n; i++) {
        data.claim("c" + i, chain(random, 2), chain(random, 3));
      }
      // "Derived from" relations may not form a cycle: each goes down a random ranking.
      List<Integer> rank = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        rank.add(i);
      }
      Collections.shuffle(rank, random);
      int relations = random.nextInt(2 * n + 1);
      Set<String> seen = new HashSet<>();
      for (int r = 0; r < relations; r++) {
        int from = random.nextInt(n);
        int to = random.nextInt(n);
        if (rank.get(from) < rank.get(to) && seen.add(from + ">" + to)) {
          data.relation("c" + from, RelationKind.DERIVED_FROM, "c" + to);
        }
      }
      Dataset dataset = data.build();

      Map<String, Integer> expected = bruteForce(dataset);
      Map<String, Integer> actual = new HashMap<>();
      for (DerivationLoop loop : derivationLoops(ProvenanceIndex.of(dataset))) {
        assertPathIsReal(dataset, loop);
        actual.put(
            loop.path().get(0).value() + " " + loop.actor().id().value(), loop.path().size() - 1);
      }
      assertThat(actual).as("round %d: %s", round, dataset.relations()).isEqualTo(expected);
      loops += expected.size();
    }
    assertThat(loops).as("loops found over all rounds").isGreaterThan(100);
  }

  /** A chain of actors a0 to a2, no actor on two consecutive hops. */
  private static String chain(Random random, int hops) {
    List<String> actors = new ArrayList<>();
    int previous = -1;
    for (int h = 0; h < hops; h++) {
      int actor = random.nextInt(3);
      if (actor == previous) {
        actor = (actor + 1) % 3;
      }
      actors.add("a" + actor);
      previous = actor;
    }
    return String.join("<-", actors);
  }

  private static void assertPathIsReal(Dataset dataset, DerivationLoop loop) {
    List<ClaimId> path = loop.path();
    for (int i = 0; i + 1 < path.size(); i++) {
      ClaimId from = path.get(i);
      ClaimId to = path.get(i + 1);
      assertThat(dataset.relations())
          .anyMatch(
              r ->
                  r.kind() == RelationKind.DERIVED_FROM
                      && r.from().equals(from)
                      && r.to().equals(to));
    }
    ActorId actor = loop.actor().id();
    assertThat(relayers(dataset.claim(path.get(0)).orElseThrow())).contains(actor);
    assertThat(dataset.claim(path.get(path.size() - 1)).orElseThrow().attribution())
        .anyMatch(c -> c.origin().actor().equals(actor));
  }

  /** For each derived claim and relaying actor, the shortest distance to a loop's end. */
  private static Map<String, Integer> bruteForce(Dataset dataset) {
    Map<ClaimId, List<ClaimId>> derivedFrom = new HashMap<>();
    for (Relation r : dataset.relations()) {
      derivedFrom.computeIfAbsent(r.from(), k -> new ArrayList<>()).add(r.to());
    }
    Map<String, Integer> found = new HashMap<>();
    for (Claim claim : dataset.claims()) {
      Map<ClaimId, Integer> distance = new HashMap<>();
      distance.put(claim.id(), 0);
      Queue<ClaimId> queue = new ArrayDeque<>(List.of(claim.id()));
      while (!queue.isEmpty()) {
        ClaimId at = queue.poll();
        for (ClaimId next : derivedFrom.getOrDefault(at, List.of())) {
          if (distance.putIfAbsent(next, distance.get(at) + 1) == null) {
            queue.add(next);
            for (ActorId actor : relayers(claim)) {
              boolean originated =
                  dataset.claim(next).orElseThrow().attribution().stream()
                      .anyMatch(c -> c.origin().actor().equals(actor));
              if (originated) {
                found.putIfAbsent(claim.id().value() + " " + actor.value(), distance.get(next));
              }
            }
          }
        }
      }
    }
    return found;
  }

  private static Set<ActorId> relayers(Claim claim) {
    Set<ActorId> relayers = new LinkedHashSet<>();
    claim
        .attribution()
        .forEach(
            c -> {
              List<Hop> hops = c.hops();
              hops.subList(0, hops.size() - 1).forEach(h -> relayers.add(h.actor()));
            });
    return relayers;
  }
}
