package dev.hearsay.prov;

import java.util.Optional;

/** The kinds that Hearsay writes as {@code prov:type} values, such as {@code hearsay:MediaOutlet}. */
final class HearsayTypes {
  private HearsayTypes() {}

  /**
   * The one constant whose type the statement has, marked as read.
   *
   * @throws ProvImportException when the statement has the types of two constants
   */
  static <E extends Enum<E>> Optional<E> of(NodeAttributes attributes, E[] constants) {
    E found = null;
    for (E constant : constants) {
      String uri = Terms.HEARSAY + Terms.typeName(constant);
      if (attributes.hasType(uri)) {
        if (found != null) {
          throw attributes.fail(
              "typed both hearsay:"
                  + Terms.typeName(found)
                  + " and hearsay:"
                  + Terms.typeName(constant));
        }
        found = constant;
        attributes.readType(uri);
      }
    }
    return Optional.ofNullable(found);
  }

  /** The constant that a value of {@code term} names, as {@link Terms#word} writes it. */
  static <E extends Enum<E>> E word(
      NodeAttributes attributes, String term, String text, E[] constants) {
    for (E constant : constants) {
      if (Terms.word(constant).equals(text)) {
        return constant;
      }
    }
    StringBuilder known = new StringBuilder();
    for (E constant : constants) {
      known.append(known.length() == 0 ? "" : ", ").append(Terms.word(constant));
    }
    throw attributes.fail(
        "hearsay:" + term + " is '" + NodeAttributes.shorten(text) + "', not one of " + known);
  }
}
