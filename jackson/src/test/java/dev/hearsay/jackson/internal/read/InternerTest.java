package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.ValueCheckException;
import dev.hearsay.core.time.EdtfSyntaxException;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.jackson.HearsayModule;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InternerTest {
  @Test
  void aDatasetReadSharesTheIdsItsClaimsNameWithItsHeader() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    Dataset dataset;
    try (InputStream in = InternerTest.class.getResourceAsStream("/golden/dataset.json")) {
      dataset = mapper.readValue(in, Dataset.class);
    }

    assertThat(dataset.claims()).isNotEmpty();
    for (Claim claim : dataset.claims()) {
      for (Chain chain : claim.attribution()) {
        for (Hop hop : chain.hops()) {
          Actor actor = dataset.actor(hop.actor()).orElseThrow();
          assertThat(hop.actor()).as("%s in %s", hop.actor(), claim.id()).isSameAs(actor.id());
        }
      }
    }
  }

  @Test
  void aDatasetReadSharesItsClaimIdsWithTheRelationsAndEventsThatNameThem() throws Exception {
    Dataset dataset = golden();
    Map<ClaimId, ClaimId> ids =
        dataset.claims().stream().collect(Collectors.toMap(Claim::id, Claim::id));

    assertThat(dataset.relations()).isNotEmpty();
    assertThat(dataset.events()).isNotEmpty();
    for (Relation relation : dataset.relations()) {
      assertThat(relation.from()).isSameAs(ids.get(relation.from()));
      assertThat(relation.to()).isSameAs(ids.get(relation.to()));
    }
    for (Event event : dataset.events()) {
      for (ClaimId claim : event.claims()) {
        assertThat(claim).isSameAs(ids.get(claim));
      }
    }
  }

  @Test
  void aDatasetReadSharesEqualTextsUpToItsLongestRecentText() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    Dataset golden = golden();
    Claim first = golden.claims().get(0);
    String note = "n".repeat(Interner.LONGEST_SHARED_TEXT + 1);
    String longest = "p".repeat(Interner.LONGEST_RECENT_TEXT);
    String tooLong = "q".repeat(Interner.LONGEST_RECENT_TEXT + 1);
    Function<String, Claim> claim =
        id ->
            Claim.of(id, longest, first.attribution().get(0)).withNotes(note, new String(tooLong));
    Dataset written =
        golden
            .withEvents(List.of())
            .withRelations(List.of())
            .withClaims(claim.apply("c-one"), claim.apply("c-two"));

    Dataset read = mapper.readValue(mapper.writeValueAsBytes(written), Dataset.class);
    Claim one = read.claims().get(0);
    Claim two = read.claims().get(1);

    assertThat(read).isEqualTo(written);
    assertThat(two.proposition()).isSameAs(one.proposition());
    assertThat(two.notes().get(0)).isSameAs(one.notes().get(0));
    assertThat(two.notes().get(1)).isEqualTo(one.notes().get(1)).isNotSameAs(one.notes().get(1));
  }

  @Test
  void manyDistinctFreeTextsLeaveRoomForTheShortTextsThatRepeat() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    Dataset golden = golden();
    Chain chain = golden.claims().get(0).attribution().get(0);
    Hop reporter = chain.hops().get(0);
    Hop late =
        new Hop.Builder()
            .actor(reporter.actor())
            .source(reporter.source())
            .cue("wrote late")
            .mode(reporter.mode())
            .commitment(reporter.commitment())
            .build();
    List<Claim> claims = new ArrayList<>();
    for (int i = 0; i < Interner.LIMIT + 100; i++) {
      claims.add(Claim.of("c-" + i, "Proposition " + i + ".", chain).withNotes("note " + i));
    }
    claims.add(Claim.of("c-late-1", "One late claim.", Chain.of(late)));
    claims.add(Claim.of("c-late-2", "Another late claim.", Chain.of(late)));
    Dataset written = golden.withEvents(List.of()).withRelations(List.of()).withClaims(claims);

    Dataset read = mapper.readValue(mapper.writeValueAsBytes(written), Dataset.class);
    int size = read.claims().size();
    String first = read.claims().get(size - 2).attribution().get(0).hops().get(0).cue().get();
    String second = read.claims().get(size - 1).attribution().get(0).hops().get(0).cue().get();

    assertThat(second).isEqualTo("wrote late").isSameAs(first);
  }

  @Test
  void aShortTextReadEarlyIsSharedAfterManyDistinctFreeTexts() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    Dataset golden = golden();
    Chain chain = golden.claims().get(0).attribution().get(0);
    Chain withoutCues = Chain.of(chain.hops().get(0));
    assertThat(withoutCues.reporter().cue()).isEmpty();
    List<Claim> claims = new ArrayList<>();
    claims.add(Claim.of("c-early", "An early claim.", chain));
    for (int i = 0; i < 2 * Interner.RECENT_TEXTS; i++) {
      claims.add(Claim.of("c-" + i, "Proposition " + i + ".", withoutCues));
    }
    claims.add(Claim.of("c-late", "A late claim.", chain));
    Dataset written = golden.withEvents(List.of()).withRelations(List.of()).withClaims(claims);

    Dataset read = mapper.readValue(mapper.writeValueAsBytes(written), Dataset.class);
    List<Claim> readClaims = read.claims();
    String early = readClaims.get(0).attribution().get(0).hops().get(1).cue().orElseThrow();
    String late =
        readClaims.get(readClaims.size() - 1).attribution().get(0).hops().get(1).cue().get();

    assertThat(late).isEqualTo("reports").isSameAs(early);
  }

  /** A value as a read gets it: found by the characters of its text, or made and kept. */
  private static <T> T of(SharedValues<T> kind, String text) {
    T found = kind.find(text.toCharArray(), 0, text.length());
    return found != null ? found : kind.make(text);
  }

  private static Dataset golden() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    try (InputStream in = InternerTest.class.getResourceAsStream("/golden/dataset.json")) {
      return mapper.readValue(in, Dataset.class);
    }
  }

  @Test
  void makesEachValueOnceByItsText() {
    Interner shared = new Interner();

    ActorId nyt = of(shared.actors, "nyt");
    ImpreciseTime day = of(shared.times, "2024-10-25");

    assertThat(of(shared.actors, new String("nyt"))).isSameAs(nyt);
    assertThat(of(shared.times, new String("2024-10-25")))
        .isSameAs(day)
        .isEqualTo(ImpreciseTime.parse("2024-10-25"));
    assertThat(of(shared.sources, "nyt")).isNotSameAs(nyt).hasToString("nyt");
    assertThat(of(shared.counts, "soldiers")).isSameAs(of(shared.counts, "soldiers"));
    assertThat(of(shared.currencies, "EUR"))
        .isSameAs(of(shared.currencies, "EUR"))
        .isNotEqualTo(of(shared.counts, "EUR"));
    assertThat(of(shared.places, "kursk")).isSameAs(of(shared.places, "kursk"));
  }

  @Test
  void sharesShortTextsOnly() {
    Interner shared = new Interner();
    String cue = of(shared.texts, "according to");
    String long64 = "x".repeat(64);
    String long65 = "x".repeat(65);

    assertThat(of(shared.texts, new String("according to"))).isSameAs(cue);
    assertThat(of(shared.texts, long64)).isSameAs(long64);
    assertThat(of(shared.texts, new String(long64))).isSameAs(long64);
    assertThat(of(shared.texts, long65)).isSameAs(long65);
    assertThat(of(shared.texts, new String(long65))).isNotSameAs(long65);
  }

  @Test
  void keepsNoValueThatFailsItsCheckAndStopsGrowingAtItsLimit() {
    Interner shared = new Interner();

    assertThatThrownBy(() -> of(shared.actors, "1bad")).isInstanceOf(ValueCheckException.class);
    assertThatThrownBy(() -> of(shared.times, "2024-13")).isInstanceOf(EdtfSyntaxException.class);
    for (int i = 0; i < Interner.LIMIT; i++) {
      of(shared.actors, "a" + i);
    }
    ActorId past = of(shared.actors, "past-the-limit");
    assertThat(of(shared.actors, "past-the-limit")).isEqualTo(past).isNotSameAs(past);
    assertThat(of(shared.actors, "a0")).isSameAs(of(shared.actors, "a0"));
  }

  @Test
  void findsAValueByTheCharactersOfItsTextAlone() {
    Interner shared = new Interner();
    ActorId aa = of(shared.actors, "Aa");
    char[] chars = "xxBBAaxx".toCharArray();

    assertThat(shared.actors.find(chars, 4, 2)).isSameAs(aa);
    assertThat(shared.actors.find(chars, 2, 2)).as("BB has the hash of Aa").isNull();
    assertThat(shared.actors.find(chars, 4, 1)).isNull();
    assertThat(shared.sources.find(chars, 4, 2)).isNull();
    for (int i = 0; i < 100; i++) {
      of(shared.actors, "a" + i);
    }
    assertThat(shared.actors.find(chars, 4, 2)).isSameAs(aa);
    assertThat(shared.actors.find("xa42".toCharArray(), 1, 3)).isSameAs(of(shared.actors, "a42"));
  }
}
