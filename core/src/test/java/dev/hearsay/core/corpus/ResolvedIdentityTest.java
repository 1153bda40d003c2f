package dev.hearsay.core.corpus;

import static dev.hearsay.core.corpus.Reports.anonymous;
import static dev.hearsay.core.corpus.Reports.corpus;
import static dev.hearsay.core.corpus.Reports.dataset;
import static dev.hearsay.core.corpus.Reports.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.ViolationCode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A part of a larger corpus, with identity resolved over the whole. */
class ResolvedIdentityTest {
  private static final Dataset A =
      dataset("A")
          .addActors(
              person("zelensky", "Volodymyr Zelensky"),
              anonymous("officials", "Ukrainian officials"),
              anonymous("sources", "Sources familiar"))
          .build();
  private static final Dataset B =
      dataset("B")
          .addActors(person("president", "Zelensky"), anonymous("officials", "American officials"))
          .build();

  @Test
  void entitiesUnderOneGroupKeyAreOneAsThoughTheLeftOutDatasetJoinedThem() {
    Corpus part =
        corpus()
            .add("a", A)
            .add("b", B)
            .resolvedIdentity(
                Map.of(
                    EntityRef.actor("a", "zelensky"), "g1",
                    EntityRef.actor("b", "president"), "g1"),
                Set.of())
            .build();

    Identities identities = part.identities();
    assertThat(identities.same(EntityRef.actor("a", "zelensky"), EntityRef.actor("b", "president")))
        .isTrue();
    assertThat(identities.merged()).hasSize(1);
    assertThat(identities.unresolved()).as("as given, not as the part alone finds").isEmpty();
  }

  @Test
  void theUnresolvedActorsAreThoseGivenEvenInAPartOfOneDataset() {
    Corpus alone = corpus().add("a", A).build();
    Corpus part =
        corpus()
            .add("a", A)
            .resolvedIdentity(Map.of(), Set.of(EntityRef.actor("a", "sources")))
            .build();

    assertThat(alone.identities().unresolved()).isEmpty();
    assertThat(part.identities().unresolved()).containsExactly(EntityRef.actor("a", "sources"));
  }

  @Test
  void aKeyThatMakesTwoIdsOfOneDatasetOneBreaksTheRule() {
    Corpus.Builder part =
        corpus()
            .add("a", A)
            .resolvedIdentity(
                Map.of(
                    EntityRef.actor("a", "officials"), "g7",
                    EntityRef.actor("a", "sources"), "g7"),
                Set.of());

    assertThatThrownBy(part::build)
        .isInstanceOfSatisfying(
            CorpusValidationException.class,
            e ->
                assertThat(e.violations())
                    .extracting(CorpusViolation::code)
                    .containsExactly(ViolationCode.SAME_WITHIN_DATASET));
    assertThat(part.tryBuild().violations())
        .singleElement()
        .hasToString(
            "dataset a: actors[sources].identifiers: the actors 'officials' and 'sources' of the"
                + " dataset 'a' are different entities, but they are made one by the identity"
                + " resolved over the larger corpus (group 'g7'); remove what merges them"
                + " [SAME_WITHIN_DATASET]");
  }

  @Test
  void isSetOnce() {
    Corpus.Builder part = corpus().resolvedIdentity(Map.of(), Set.of());

    assertThatThrownBy(() -> part.resolvedIdentity(Map.of(), Set.of()))
        .isInstanceOf(IllegalStateException.class);
  }
}
