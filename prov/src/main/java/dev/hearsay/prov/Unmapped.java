package dev.hearsay.prov;

import org.openprovenance.prov.model.StatementOrBundle;

/** Why a kind of PROV statement has no place in a Hearsay dataset. */
final class Unmapped {
  private Unmapped() {}

  static String reason(StatementOrBundle statement) {
    if (statement.getKind() == null) {
      return "Hearsay has no counterpart for it";
    }
    return switch (statement.getKind()) {
      case PROV_ACTIVITY ->
          "Hearsay has no activities: it records who said what, not the"
              + " processes that made things";
      case PROV_USAGE,
          PROV_START,
          PROV_END,
          PROV_INVALIDATION,
          PROV_COMMUNICATION,
          PROV_ASSOCIATION ->
          "it relates an activity, and Hearsay has no activities";
      case PROV_DELEGATION ->
          "Hearsay has no delegation; its affiliations are not delegation"
              + " (an analyst at a university does not speak for it)";
      case PROV_ALTERNATE, PROV_SPECIALIZATION, PROV_MENTION ->
          "Hearsay has no alternates or" + " specializations of a source";
      case PROV_MEMBERSHIP,
          PROV_DICTIONARY_INSERTION,
          PROV_DICTIONARY_REMOVAL,
          PROV_DICTIONARY_MEMBERSHIP ->
          "Hearsay has no collections";
      default -> "Hearsay has no counterpart for it";
    };
  }
}
