package dev.hearsay.examples.cli;

import dev.hearsay.examples.render.SafeText;
import java.util.Locale;
import picocli.CommandLine.TypeConversionException;

/** An option's value among fixed choices, read case-insensitively; a wrong one names them. */
final class Choice {
  private Choice() {}

  /**
   * How a choice is spelt on the command line: its constant's name in lower case, with hyphens
   * for underscores ({@code PROV_JSONLD} is {@code prov-jsonld}).
   */
  static String spelling(Enum<?> choice) {
    return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The choice whose name, as {@code toString} gives it, is the value in any case.
   *
   * @param value the value given
   * @param choices the choices
   * @param refusal what follows the quoted value when it is none of them: {@code is not a
   *     format; choose text or json}
   * @return the choice
   * @throws TypeConversionException when the value is none of them
   */
  static <E extends Enum<E>> E of(String value, E[] choices, String refusal) {
    for (E choice : choices) {
      if (choice.toString().equalsIgnoreCase(value)) {
        return choice;
      }
    }
    throw new TypeConversionException("'" + SafeText.value(value) + "' " + refusal);
  }
}
