package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The hop's builder is strict like every builder of the model, and a hop's copies, text and hash
 * follow its fields.
 */
class HopBuilderTest {
  private static final TimeMention OCTOBER = TimeMention.of("2024-10-25");

  private static Hop.Builder required() {
    return new Hop.Builder()
        .actor("nyt")
        .mode(ReportingMode.PARAPHRASE)
        .commitment(Commitment.PROBABLE);
  }

  private static Hop full() {
    return new Hop.Builder()
        .actor("nyt")
        .source("report")
        .cue("citing")
        .mode(ReportingMode.DIRECT_QUOTE)
        .commitment(Commitment.PROBABLE)
        .likelihood(Likelihood.LIKELY)
        .time(OCTOBER)
        .inferred(true)
        .build();
  }

  @Test
  void everyFieldSetTwiceIsRefusedByItsName() {
    record Twice(
        String field, UnaryOperator<Hop.Builder> first, UnaryOperator<Hop.Builder> again) {}
    List<Twice> cases =
        List.of(
            new Twice("actor", b -> b, b -> b.actor(ActorId.of("bbc"))),
            new Twice("source", b -> b.source(SourceId.of("a")), b -> b.source(SourceId.of("b"))),
            new Twice("source", b -> b.source(Optional.empty()), b -> b.source(Optional.empty())),
            new Twice("cue", b -> b.cue("says"), b -> b.cue("notes")),
            new Twice("cue", b -> b.cue(Optional.empty()), b -> b.cue(Optional.empty())),
            new Twice("mode", b -> b, b -> b.mode(ReportingMode.DIRECT_QUOTE)),
            new Twice("commitment", b -> b, b -> b.commitment(Commitment.CERTAIN)),
            new Twice(
                "likelihood",
                b -> b.likelihood(Likelihood.LIKELY),
                b -> b.likelihood(Likelihood.VERY_LIKELY)),
            new Twice(
                "likelihood",
                b -> b.likelihood(Optional.empty()),
                b -> b.likelihood(Optional.empty())),
            new Twice("time", b -> b.time(OCTOBER), b -> b.time(OCTOBER)),
            new Twice("time", b -> b.time(Optional.empty()), b -> b.time(Optional.empty())),
            new Twice("inferred", b -> b.inferred(false), b -> b.inferred(true)));

    for (Twice twice : cases) {
      Hop.Builder builder = twice.first().apply(required());
      assertThatThrownBy(() -> twice.again().apply(builder))
          .as(twice.field())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Builder of Hop is strict, attribute is already set: " + twice.field());
    }
  }

  @Test
  void eachCopyChangesItsFieldAndKeepsTheOthers() {
    Hop hop = full();

    assertThat(hop.withActor(ActorId.of("bbc")))
        .isEqualTo(rebuilt(b -> b.actor("bbc"), hop))
        .extracting(Hop::actor)
        .isEqualTo(ActorId.of("bbc"));
    assertThat(hop.withSource(SourceId.of("study")).source()).contains(SourceId.of("study"));
    assertThat(hop.withSource(Optional.empty()).source()).isEmpty();
    assertThat(hop.withSource(Optional.empty()).cue()).contains("citing");
    assertThat(hop.withCue("notes").cue()).contains("notes");
    assertThat(hop.withCue(Optional.empty()).cue()).isEmpty();
    assertThat(hop.withMode(ReportingMode.PARTIAL_QUOTE).mode())
        .isEqualTo(ReportingMode.PARTIAL_QUOTE);
    assertThat(hop.withMode(ReportingMode.PARTIAL_QUOTE).commitment())
        .isEqualTo(Commitment.PROBABLE);
    assertThat(hop.withCommitment(Commitment.CERTAIN).commitment()).isEqualTo(Commitment.CERTAIN);
    assertThat(hop.withLikelihood(Likelihood.VERY_LIKELY).likelihood())
        .contains(Likelihood.VERY_LIKELY);
    assertThat(hop.withTime(TimeMention.of("2024-11")).time()).contains(TimeMention.of("2024-11"));
    assertThat(hop.withTime(Optional.empty()).time()).isEmpty();
    assertThat(hop.withTime(Optional.empty()).likelihood()).contains(Likelihood.LIKELY);
    assertThat(hop.withTime(Optional.empty()).withTime(OCTOBER)).isEqualTo(hop);
  }

  @Test
  void aCopyWithTheValuesItHoldsIsTheHopItself() {
    Hop hop = full();

    assertThat(hop.withActor(hop.actor())).isSameAs(hop);
    assertThat(hop.withSource(hop.source())).isSameAs(hop);
    assertThat(hop.withCue(hop.cue())).isSameAs(hop);
    assertThat(hop.withMode(hop.mode())).isSameAs(hop);
    assertThat(hop.withCommitment(hop.commitment())).isSameAs(hop);
    assertThat(hop.withLikelihood(hop.likelihood())).isSameAs(hop);
    assertThat(hop.withTime(hop.time())).isSameAs(hop);
  }

  @Test
  void aCopyIsCheckedAsABuiltHopIs() {
    Hop hop = full();

    assertThatThrownBy(() -> hop.withMode(null))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("Hop.mode");
    assertThatThrownBy(() -> hop.withCommitment(Commitment.CERTAIN_NOT))
        .isInstanceOf(ValueCheckException.class);
  }

  @Test
  void theTextNamesTheFieldsThatAreSet() {
    Hop bare = required().build();
    Hop hop = full();

    assertThat(bare)
        .hasToString(
            "Hop{actor="
                + bare.actor()
                + ", mode=PARAPHRASE, commitment=PROBABLE, inferred=false}");
    assertThat(hop)
        .hasToString(
            "Hop{actor="
                + hop.actor()
                + ", source="
                + hop.source().orElseThrow()
                + ", cue=citing, mode=DIRECT_QUOTE, commitment=PROBABLE, likelihood=LIKELY, time="
                + OCTOBER
                + ", inferred=true}");
  }

  @Test
  void hopsThatDifferInOneFieldHashApart() {
    Hop hop = full();
    List<Hop> others =
        List.of(
            hop.withActor(ActorId.of("bbc")),
            hop.withSource(Optional.empty()),
            hop.withCue(Optional.empty()),
            hop.withMode(ReportingMode.PARAPHRASE),
            hop.withCommitment(Commitment.CERTAIN),
            hop.withLikelihood(Optional.empty()),
            hop.withTime(Optional.empty()),
            hop.withInferred(false));

    assertThat(hop.equals(hop)).as("a hop equals itself").isTrue();
    for (Hop other : others) {
      assertThat(other).isNotEqualTo(hop);
      assertThat(other.hashCode()).as(other.toString()).isNotEqualTo(hop.hashCode());
    }
  }

  private static Hop rebuilt(UnaryOperator<Hop.Builder> actor, Hop like) {
    return actor
        .apply(new Hop.Builder())
        .source(like.source())
        .cue(like.cue())
        .mode(like.mode())
        .commitment(like.commitment())
        .likelihood(like.likelihood())
        .time(like.time())
        .inferred(like.inferred())
        .build();
  }
}
