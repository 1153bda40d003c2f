package dev.hearsay.benchmarks.workload;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The links of a {@link CorpusWorkload}, found as its datasets are given in order and handed on
 * as soon as each is found: the identity statements and the claim links that {@link
 * CorpusWorkload#links()} holds, in the same order within each kind. Besides a number per actor and
 * source, it holds only what the datasets within reach of the next one need, so that a corpus
 * larger than memory can be written one dataset at a time.
 */
public final class LinkFinder {
  /** How many earlier datasets a claim link may reach back to. */
  static final int REACH = 8;

  private final CorpusWorkload corpus;
  private final Consumer<IdentityStatement> identities;
  private final Consumer<ClaimLink> claims;
  private final boolean forget;
  private final int[] lastActor;
  private final int[] lastSource;
  private final ActorId[][] anonymous = new ActorId[REACH + 1][];
  private final Officials officials = new Officials();
  private int next;

  private LinkFinder(
      CorpusWorkload corpus,
      Consumer<IdentityStatement> identities,
      Consumer<ClaimLink> claims,
      boolean forget) {
    this.corpus = corpus;
    this.identities = identities;
    this.claims = claims;
    this.forget = forget;
    this.lastActor = new int[corpus.actorCount()];
    this.lastSource = new int[corpus.sourceCount()];
    Arrays.fill(lastActor, -1);
    Arrays.fill(lastSource, -1);
  }

  /**
   * A finder that forgets what no later dataset can reach, for corpora too large to hold.
   *
   * @param corpus the workload whose datasets will be given
   * @param identities takes each identity statement as it is found
   * @param claims takes each claim link as it is found
   * @return the finder, expecting the dataset at position 0
   */
  public static LinkFinder of(
      CorpusWorkload corpus, Consumer<IdentityStatement> identities, Consumer<ClaimLink> claims) {
    return new LinkFinder(corpus, identities, claims, true);
  }

  /** A finder that remembers every statement made, as the whole corpus in memory can afford. */
  static LinkFinder remembering(
      CorpusWorkload corpus, Consumer<IdentityStatement> identities, Consumer<ClaimLink> claims) {
    return new LinkFinder(corpus, identities, claims, false);
  }

  /**
   * Finds the links from the next dataset to itself and the earlier ones.
   *
   * @param dataset the workload's dataset at the next position ({@code 0}, then {@code 1}, ...)
   * @throws IllegalStateException when every dataset has been given
   */
  public void add(Dataset dataset) {
    int d = next;
    if (d >= corpus.datasetCount()) {
      throw new IllegalStateException(
          "LinkFinder: all " + corpus.datasetCount() + " datasets were given already");
    }
    next++;
    if (forget && d % REACH == 0) {
      officials.forgetBefore(d - 2 * REACH);
    }
    DatasetId here = CorpusWorkload.datasetId(d);
    for (Actor actor : dataset.actors()) {
      int a = CorpusWorkload.number(actor.id().value());
      if (lastActor[a] >= 0 && corpus.actorLinking(a) == CorpusWorkload.Linking.SAME) {
        identities.accept(
            IdentityStatement.of(
                Identity.SAME,
                EntityRef.of(CorpusWorkload.datasetId(lastActor[a]), actor.id()),
                EntityRef.of(here, actor.id())));
      }
      lastActor[a] = d;
    }
    for (Source source : dataset.sources()) {
      int s = CorpusWorkload.number(source.id().value());
      if (lastSource[s] >= 0 && corpus.sourceLinking(s) == CorpusWorkload.Linking.SAME) {
        identities.accept(
            IdentityStatement.of(
                Identity.SAME,
                EntityRef.of(CorpusWorkload.datasetId(lastSource[s]), source.id()),
                EntityRef.of(here, source.id())));
      }
      lastSource[s] = d;
    }
    anonymous[d % anonymous.length] = firstAnonymous(dataset.claims());
    int first = d * CorpusWorkload.CLAIMS_PER_DATASET;
    for (int i = first; i < first + CorpusWorkload.CLAIMS_PER_DATASET; i++) {
      ClaimRef from = ref(i);
      Optional<Relation> relation = corpus.workload().relationFrom(i);
      if (relation.isPresent()) {
        int to = CorpusWorkload.number(relation.get().to().value());
        if (to < first) {
          claims.accept(ClaimLink.of(from, relation.get().kind(), ref(to)));
        }
      }
      if (d > 0) {
        across(i, d, from);
      }
    }
  }

  /** A claim's link, if it draws one, to a claim of one of the datasets within reach. */
  private void across(int claim, int d, ClaimRef from) {
    SplittableRandom random = corpus.random(claim, 13);
    int roll = random.nextInt(1000);
    RelationKind kind =
        roll < 250
            ? RelationKind.DUPLICATES
            : roll < 260 ? RelationKind.SUPPORTS : roll < 265 ? RelationKind.CONTRADICTS : null;
    if (kind == null) {
      return;
    }
    int other = d - 1 - random.nextInt(Math.min(d, REACH));
    int to =
        other * CorpusWorkload.CLAIMS_PER_DATASET
            + random.nextInt(CorpusWorkload.CLAIMS_PER_DATASET);
    if (kind == RelationKind.DUPLICATES) {
      to = officials.retold(claim, to, random);
    }
    claims.accept(ClaimLink.of(from, kind, ref(to)));
    if (kind == RelationKind.DUPLICATES) {
      officials.relate(claim, to, random);
    }
  }

  /** The first anonymous actor on each claim's chains, null where there is none. */
  private ActorId[] firstAnonymous(List<Claim> datasetClaims) {
    ActorId[] found = new ActorId[datasetClaims.size()];
    for (int c = 0; c < found.length; c++) {
      found[c] = firstAnonymous(datasetClaims.get(c));
    }
    return found;
  }

  private ActorId firstAnonymous(Claim claim) {
    for (Chain chain : claim.attribution()) {
      for (Hop hop : chain.hops()) {
        if (corpus.actor(CorpusWorkload.number(hop.actor().value())).anonymous()) {
          return hop.actor();
        }
      }
    }
    return null;
  }

  private static ClaimRef ref(int claim) {
    return new ClaimRef(
        CorpusWorkload.datasetId(claim / CorpusWorkload.CLAIMS_PER_DATASET),
        Workload.claimId(claim));
  }

  /**
   * The identity statements between anonymous groups of two reports of one story: the first
   * anonymous voice of each claim possibly the same with probability 60%, and, one time in four,
   * each distinct from the group the other was last said possibly the same as.
   *
   * <p>Every question it is asked while the dataset {@code d} is given names a group of one of the
   * datasets {@code d - REACH} to {@code d}, so what it knows of groups all older than that can be
   * forgotten.
   */
  private final class Officials {
    private final Set<List<EntityRef>> stated = new HashSet<>();
    private final Map<EntityRef, EntityRef> lastPartner = new HashMap<>();

    /**
     * The claim a claim retells: a story resting on anonymous officials is retold by reports that
     * rest on anonymous officials too, where one of eight claims drawn from the other report does;
     * otherwise the claim drawn first.
     */
    int retold(int claim, int drawn, SplittableRandom random) {
      if (anonymous(claim) == null) {
        return drawn;
      }
      int report = drawn / CorpusWorkload.CLAIMS_PER_DATASET * CorpusWorkload.CLAIMS_PER_DATASET;
      for (int t = 0, candidate = drawn;
          t < 8;
          t++, candidate = report + random.nextInt(CorpusWorkload.CLAIMS_PER_DATASET)) {
        if (anonymous(candidate) != null) {
          return candidate;
        }
      }
      return drawn;
    }

    void relate(int claim, int other, SplittableRandom random) {
      EntityRef mine = anonymous(claim);
      EntityRef theirs = anonymous(other);
      if (mine == null || theirs == null || random.nextInt(100) >= 60 || !state(mine, theirs)) {
        return;
      }
      identities.accept(IdentityStatement.of(Identity.POSSIBLY_SAME, theirs, mine));
      apart(lastPartner.get(theirs), mine, random);
      apart(lastPartner.get(mine), theirs, random);
      lastPartner.put(theirs, mine);
      lastPartner.put(mine, theirs);
    }

    /** One time in four, a group distinct from the one its partner was said possibly to be. */
    private void apart(EntityRef earlier, EntityRef group, SplittableRandom random) {
      if (earlier != null
          && !earlier.dataset().equals(group.dataset())
          && random.nextInt(100) < 25
          && state(earlier, group)) {
        identities.accept(IdentityStatement.of(Identity.DISTINCT, earlier, group));
      }
    }

    /** Whether no statement is on the pair yet; if none is, one now is. */
    private boolean state(EntityRef a, EntityRef b) {
      return stated.add(List.of(a, b)) & stated.add(List.of(b, a));
    }

    /** The first anonymous actor on a claim's chains, as an entity of its dataset. */
    private EntityRef anonymous(int claim) {
      int d = claim / CorpusWorkload.CLAIMS_PER_DATASET;
      ActorId actor =
          anonymous[d % anonymous.length][claim - d * CorpusWorkload.CLAIMS_PER_DATASET];
      return actor == null ? null : EntityRef.of(CorpusWorkload.datasetId(d), actor);
    }

    /** Forgets the groups of datasets before the given one, and the pairs of two such. */
    void forgetBefore(int dataset) {
      stated.removeIf(pair -> position(pair.get(0)) < dataset && position(pair.get(1)) < dataset);
      lastPartner.keySet().removeIf(group -> position(group) < dataset);
    }

    private int position(EntityRef group) {
      return CorpusWorkload.number(group.dataset().value());
    }
  }
}
