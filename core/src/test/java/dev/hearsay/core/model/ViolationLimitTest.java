package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actor;
import static dev.hearsay.core.model.Fixtures.claim;
import static dev.hearsay.core.model.Fixtures.dataset;
import static dev.hearsay.core.model.Fixtures.eventBuilder;
import static dev.hearsay.core.model.Fixtures.hop;
import static dev.hearsay.core.model.Fixtures.relation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dataset that breaks its rules many times over keeps the first violations, up to a limit, and
 * counts them all: by default 1,000, or what the builder or the stream checks are told.
 */
class ViolationLimitTest {
  /** n actors that all have the id "same": n - 1 violations. */
  private static Dataset.Builder actorsSharingOneId(int n) {
    return dataset().addAllActors(Collections.nCopies(n, actor("same")));
  }

  @Test
  void theFirstThousandViolationsAreKeptAndAllAreCounted() {
    DatasetValidationException e =
        catchThrowableOfType(
            DatasetValidationException.class, () -> actorsSharingOneId(2_500).build());

    assertThat(Dataset.DEFAULT_MAX_VIOLATIONS).isEqualTo(1_000);
    assertThat(e.violations()).hasSize(1_000);
    assertThat(e.total()).isEqualTo(2_499);
    assertThat(e.omitted()).isEqualTo(1_499);
    assertThat(e.violations().get(0).path()).hasToString("actors[1].id");
    assertThat(e.violations().get(999).path()).hasToString("actors[1000].id");
    assertThat(e.getMessage())
        .startsWith(
            "The dataset has 2499 violations, of which the first 1000 are listed:\n"
                + "  actors[1].id: the id 'same' is already used by actors[0]")
        .endsWith(
            "actors[1000].id: the id 'same' is already used by actors[0]; give each a"
                + " distinct id [DUPLICATE_ID]");
    assertThat(e.getMessage().lines()).hasSize(1_001);
  }

  @Test
  void theBuilderKeepsAsManyAsItIsTold() {
    Validated result = actorsSharingOneId(50).maxViolations(10).tryBuild();

    assertThat(result.violations()).hasSize(10);
    assertThat(result.total()).isEqualTo(49);
    assertThat(result.omitted()).isEqualTo(39);
    assertThat(result.toString()).endsWith(" and 39 more");
    assertThat(actorsSharingOneId(50).maxViolations(100).tryBuild().violations()).hasSize(49);
  }

  @Test
  void aLimitBelowOneIsRefused() {
    assertThatThrownBy(() -> dataset().maxViolations(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "maxViolations: must be at least 1, so that a broken rule is always shown;" + " was 0");
    assertThatThrownBy(() -> StreamChecks.of(dataset().build(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void violationsOfEveryRuleCountTowardsOneLimit() {
    List<Relation> selfRelations = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      selfRelations.add(relation("c", RelationKind.SUPPORTS, "c"));
    }
    Validated result =
        actorsSharingOneId(4)
            .addClaims(claim("c", hop("same")), claim("d", hop("ghost")))
            .addAllRelations(selfRelations)
            .maxViolations(4)
            .tryBuild();

    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(
            ViolationCode.DUPLICATE_ID,
            ViolationCode.DUPLICATE_ID,
            ViolationCode.DUPLICATE_ID,
            ViolationCode.UNKNOWN_REFERENCE);
    assertThat(result.total()).isEqualTo(3 + 1 + 5);
  }

  @Test
  void streamChecksKeepToTheirLimitAndCountTheRest() {
    StreamChecks checks = StreamChecks.of(dataset().build(), 3);
    Event event =
        eventBuilder("e")
            .addClaims(
                ClaimId.of("c1"),
                ClaimId.of("c2"),
                ClaimId.of("c3"),
                ClaimId.of("c4"),
                ClaimId.of("c5"))
            .build();
    List<Relation> cycles = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      cycles.add(relation("a" + i, RelationKind.DERIVED_FROM, "b" + i));
      cycles.add(relation("b" + i, RelationKind.DERIVED_FROM, "a" + i));
    }

    Violations references = checks.event(event, id -> false);
    Violations relations = checks.relations(cycles, id -> true);

    assertThat(references.kept())
        .extracting(v -> v.path().toString())
        .containsExactly("events[e].claims[0]", "events[e].claims[1]", "events[e].claims[2]");
    assertThat(references.total()).isEqualTo(5);
    assertThat(relations.kept())
        .extracting(Violation::code)
        .containsOnly(ViolationCode.RELATION_CYCLE)
        .hasSize(3);
    assertThat(relations.total()).isEqualTo(100);
    assertThat(relations.omitted()).isEqualTo(97);
  }

  @Test
  void violationsAreEqualWhenTheyKeepAndCountTheSame() {
    Violation v = new Violation("actors[1].id", ViolationCode.DUPLICATE_ID, "twice");

    assertThat(Violations.of(List.of(v), 3))
        .isEqualTo(Violations.of(List.of(v), 3))
        .hasSameHashCodeAs(Violations.of(List.of(v), 3))
        .isNotEqualTo(Violations.of(List.of(v), 4))
        .isNotEqualTo(Violations.of(List.of(v)));
    assertThat(Violations.of(List.of())).isSameAs(Violations.none());
    assertThat(Violations.none().isEmpty()).isTrue();
    assertThat(Violations.of(List.of(v)).toString()).isEqualTo("[" + v + "]");
    assertThatThrownBy(() -> Violations.of(List.of(v, v), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Violations.total: 1 is below the 2 violations kept");
  }
}
