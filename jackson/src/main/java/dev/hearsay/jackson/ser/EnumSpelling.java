package dev.hearsay.jackson.ser;

import java.util.Locale;

/**
 * The one spelling of an enum constant in the JSON form: its name in lower snake case, such as
 * {@code media_outlet}. Writers and readers both use it. Internal to the Hearsay module; this
 * package is not exported.
 */
public final class EnumSpelling {
  private EnumSpelling() {}

  /**
   * The spelling of a constant.
   *
   * @param constant the constant
   * @return its name in lower case
   */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
