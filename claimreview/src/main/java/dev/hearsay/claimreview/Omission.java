package dev.hearsay.claimreview;

import java.util.Objects;

/**
 * A property of the document that the import left out, and why.
 *
 * @param path where it is, as a JSON path such as {@code $.@graph[1].author.logo}
 * @param reason why it was left out, in words, such as {@code "Hearsay keeps no images"}
 */
public record Omission(String path, String reason) {
  /** Checks that both parts are given. */
  public Omission {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return path + ": " + reason;
  }
}
