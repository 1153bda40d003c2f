package dev.hearsay.prov;

import java.util.Objects;

/**
 * A statement of a PROV document, or one attribute of it, that the import left out, and why.
 *
 * @param statement the statement in PROV-N, shortened when long, such as {@code
 *     used(ex:compose, ex:dataSet1)}
 * @param reason why it was left out, in words, such as {@code "Hearsay has no activities: it
 *     records who said what, not the processes that made things"}
 */
public record Omission(String statement, String reason) {
  /** Checks that both parts are given. */
  public Omission {
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return statement + ": " + reason;
  }
}
