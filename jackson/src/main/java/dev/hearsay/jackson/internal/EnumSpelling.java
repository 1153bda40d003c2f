package dev.hearsay.jackson.internal;

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
    return SPELLINGS.get(constant.getDeclaringClass())[constant.ordinal()];
  }

  /**
   * The spellings of every constant of an enum type, by ordinal: the one array this class keeps,
   * which callers must not change.
   *
   * @param type the enum type
   * @return the spellings
   */
  public static String[] all(Class<? extends Enum<?>> type) {
    return SPELLINGS.get(type);
  }

  /** The spellings of each enum type's constants, by ordinal, worked out once per type. */
  private static final ClassValue<String[]> SPELLINGS =
      new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          String[] spellings = new String[constants.length];
          for (int i = 0; i < constants.length; i++) {
            spellings[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
          }
          return spellings;
        }
      };
}
