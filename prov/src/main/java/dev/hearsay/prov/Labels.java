package dev.hearsay.prov;

import java.util.Optional;

/** Labels as the short texts that Hearsay's names and titles are. */
final class Labels {
  /** The most characters of a name or title, as the model allows. */
  static final int MAX_SHORT_TEXT = 1_000;

  private Labels() {}

  /** The first label as a name, or {@code fallback} when there is none or it cannot be one. */
  static String name(NodeAttributes attributes, String fallback, ImportContext context) {
    return usable(attributes, context).orElse(fallback);
  }

  /** The first label as a title, if it can be one. */
  static Optional<String> title(NodeAttributes attributes, ImportContext context) {
    return usable(attributes, context);
  }

  private static Optional<String> usable(NodeAttributes attributes, ImportContext context) {
    Optional<String> label = attributes.label();
    if (label.isEmpty()) {
      return label;
    }
    String text = label.get();
    if (text.isBlank() || text.length() > MAX_SHORT_TEXT) {
      context.omissions.add(
          new Omission(
              attributes.statement() + " prov:label",
              text.isBlank()
                  ? "a blank label cannot be a name"
                  : "a label of "
                      + text.length()
                      + " characters is longer than a name may be ("
                      + MAX_SHORT_TEXT
                      + ")"));
      return Optional.empty();
    }
    return label;
  }
}
