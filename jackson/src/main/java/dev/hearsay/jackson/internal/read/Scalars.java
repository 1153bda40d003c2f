package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.jackson.internal.EnumSpelling;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads the scalar values of the JSON form: enums, Admiralty grades, times, dates and URIs. */
final class Scalars {
  private Scalars() {}

  /** The constants of each enum type, by ordinal, asked of the type once. */
  private static final ClassValue<Object[]> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          return type.getEnumConstants();
        }
      };

  /**
   * Reads an enum in its one spelling, lower snake case: {@code media_outlet}, matched in the
   * parser's characters.
   */
  static <E extends Enum<E>> E enumValue(JsonCursor in, DatasetPath at, Class<E> type) {
    int index = in.choice(at, EnumSpelling.all(type));
    if (index >= 0) {
      return type.cast(CONSTANTS.get(type)[index]);
    }
    String text = in.string(at);
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(EnumSpelling::of)
            .collect(Collectors.joining(", "));
    throw Problems.at(
        in.parser(),
        type,
        at,
        "'"
            + text
            + "' is not "
            + article(type.getSimpleName())
            + " "
            + type.getSimpleName()
            + "; use one of "
            + allowed);
  }

  private static String article(String noun) {
    return "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  /** Reads a reliability grade, a letter from "A" to "F". */
  static Reliability reliability(JsonCursor in, DatasetPath at) {
    String text = in.string(at);
    if (text.length() != 1) {
      throw Problems.at(
          in.parser(),
          Reliability.class,
          at,
          "'" + text + "' is not an Admiralty reliability grade; use a letter from \"A\" to \"F\"");
    }
    return in.text(at, Reliability.class, t -> Reliability.ofGrade(t.charAt(0)));
  }

  /** Reads a credibility grade, a whole number from 1 to 6. */
  static Credibility credibility(JsonCursor in, DatasetPath at) {
    int grade = in.integer(at);
    try {
      return Credibility.ofGrade(grade);
    } catch (IllegalArgumentException e) {
      throw Problems.refused(in.parser(), Credibility.class, at, e);
    }
  }

  static ImpreciseTime edtf(JsonCursor in, DatasetPath at) {
    return in.shared(at, ImpreciseTime.class, in.shared().times);
  }

  static Instant instant(JsonCursor in, DatasetPath at) {
    return in.text(at, Instant.class, Instant::parse);
  }

  static LocalDate date(JsonCursor in, DatasetPath at) {
    return in.text(at, LocalDate.class, LocalDate::parse);
  }

  static URI uri(JsonCursor in, DatasetPath at) {
    return in.text(
        at,
        URI.class,
        text -> {
          try {
            return new URI(text);
          } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a URI: " + e.getReason(), e);
          }
        });
  }
}
