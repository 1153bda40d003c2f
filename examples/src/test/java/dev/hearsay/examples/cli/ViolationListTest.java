package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dataset with very many violations: the first 1,000 listed, then one line with how many more
 * there are and the total.
 */
class ViolationListTest {
  /** A dataset of {@code actors} actors that share one id: one violation fewer than actors. */
  private static String sharedIds(int actors) {
    String actor = "{\"id\": \"a\", \"name\": \"n\", \"kind\": \"person\"}";
    return "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"}, \"actors\": ["
        + String.join(",\n", Collections.nCopies(actors, actor))
        + "]}";
  }

  @Test
  void validateListsTheFirstThousandAndCountsTheRest() {
    ProgramRun run = ProgramRun.withInput(sharedIds(2_350), "validate", "-");

    List<String> lines = run.out().lines().toList();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(lines).hasSize(1 + 1_000 + 1);
    assertThat(lines.get(0)).isEqualTo("standard input: invalid, 2,349 violations:");
    assertThat(lines.get(1000))
        .contains(": actors[1000].id: the id 'a' is already used by actors[0]");
    assertThat(lines.get(1001)).isEqualTo("  ... and 1,349 more violations (2,349 in all)");
  }

  @Test
  void aThousandViolationsAreAllListed() {
    ProgramRun run = ProgramRun.withInput(sharedIds(1_001), "validate", "-");

    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(1 + 1_000);
    assertThat(lines.get(1000)).doesNotContain("more violations");
  }

  @Test
  void showListsFiveAndCountsTheRest() {
    ProgramRun run = ProgramRun.withInput(sharedIds(2_350), "show", "-");

    List<String> lines = run.err().lines().toList();
    assertThat(run.exit()).isEqualTo(1);
    assertThat(lines).hasSize(1 + 5 + 1);
    assertThat(lines.get(6)).isEqualTo("  ... and 2,344 more");
  }
}
