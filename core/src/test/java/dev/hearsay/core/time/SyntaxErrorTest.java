package dev.hearsay.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of bad input is refused with the position of the problem and why. */
class SyntaxErrorTest {

  @Test
  void messageNamesTextIndexAndReason() {
    assertThatThrownBy(() -> ImpreciseTime.parse("2024-13-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid EDTF '2024-13-01' at index 5: month 13 is not between 1 and 12");
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # Components out of range
          2024-13-01            | 5  | month 13 is not between 1 and 12
          2024-00-01            | 5  | month 0 is not between 1 and 12
          2024-13               | 5  | 13 is neither a month (1 to 12) nor a season (21 to 41)
          2024-42               | 5  | 42 is neither a month (1 to 12) nor a season (21 to 41)
          2024-21-01            | 5  | month 21 is not between 1 and 12
          2024-01-32            | 8  | day 32 is not between 1 and 31
          2024-01-00            | 8  | day 0 is not between 1 and 31
          2023-02-29            | 8  | day 29 is past the end of 2023-02, which has 28 days
          1900-02-29            | 8  | day 29 is past the end of 1900-02, which has 28 days
          2024-04-31            | 8  | day 31 is past the end of 2024-04, which has 30 days
          -0001-02-29           | 9  | day 29 is past the end of -0001-02, which has 28 days
          2001-2X               | 5  | no month matches 2X
          2004-06-4X            | 8  | no day matches 4X
          2004-02-3X            | 0  | no calendar date matches 2004-02-3X
          XXX1-02-29            | 0  | no calendar date matches XXX1-02-29
          # Intervals
          2024-10-28/2024-10-27 | 11 | the start 2024-10-28 is after the end 2024-10-27
          2012-24/2012-21       | 8  | the start 2012-24 is after the end 2012-21
          ../..                 | 0  | an interval needs a date at one end at least
          /                     | 0  | an interval needs a date at one end at least
          ../                   | 0  | an interval needs a date at one end at least
          ..                    | 0  | '..' is allowed only at the end of an interval or in a set
          ..2004                | 0  | '..' is allowed only at the end of an interval or in a set
          2004/2005/2006        | 9  | unexpected character '/'
          2004-02-01T10:00:00/2005 | 10 | a time of day is not allowed in an interval or a set
          # Garbage, empty and trailing text
          ""                    | 0  | the text is empty
          abc                   | 0  | expected a year but found character 'a'
          " 2024"               | 0  | expected a year but found character U+0020
          "2024 "               | 4  | unexpected character U+0020
          2024-10-25x           | 10 | unexpected character 'x'
          2004?~                | 5  | unexpected character '~'
          2004-06-11?T10:00:00  | 11 | a time of day needs a complete date with no qualifier or X
          ١٩٨٥                  | 0  | expected a year but found character U+0661
          # Years
          198                   | 0  | a year needs four digits
          19850                 | 0  | a year with more than four digits must be written with 'Y'
          Y2024                 | 1  | 'Y' is only for years with more than four digits
          Y01234                | 1  | a year written with 'Y' cannot start with 0
          Y                     | 1  | expected the digits of a year
          Y12345-01             | 6  | a year written with 'Y' cannot have a month or a day
          -0000                 | 0  | year 0 cannot be negative
          2024-1                | 5  | expected a two-digit month
          2024-01-1             | 8  | expected a two-digit day
          # Times and offsets
          1985-04-12T24:00:00   | 11 | hour 24 is not between 0 and 23
          1985-04-12T23:60:00   | 14 | minute 60 is not between 0 and 59
          1985-04-12T23:20:60   | 17 | second 60 is not between 0 and 59
          1985-04-12T23:20      | 16 | expected ':'
          1985-04-12T           | 11 | expected a two-digit hour
          1985-04T23:20:30      | 7  | a time of day needs a complete date with no qualifier or X
          1985-04-12t23:20:30   | 10 | unexpected character 't'
          1985-04-12T23:20:30z  | 19 | unexpected character 'z'
          1985-04-12T23:20:30+19:00 | 19 | the offset +19:00 is not between -18:00 and +18:00
          1985-04-12T23:20:30+24 | 20 | offset hour 24 is not between 0 and 23
          1985-04-12T23:20:30+04:60 | 23 | offset minute 60 is not between 0 and 59
          1985-04-12T23:20:30+4 | 20 | expected a two-digit offset hour
          1985-04-12T23:20:30+04:3 | 23 | expected a two-digit offset minute
          1985-04-12T23:20:30+0430 | 22 | expected ':' between the hours and minutes of the offset
          1985-04-12T23:20:300  | 19 | unexpected character '0'
          # Sets
          []                    | 1  | a set needs a member
          [1667,]               | 6  | expected a date
          [1667,1668            | 10 | the set is not closed with ']'
          {1667;1668}           | 5  | expected ',' or '}' but found character ';'
          "[1667, 1668]"        | 6  | expected a year but found character U+0020
          [1667,..1668]         | 6  | '..' before a date must be in the first member
          [1667..,1668]         | 7  | '..' after a date must be in the last member
          [1672..1670]          | 7  | the range starts at 1672, after 1670
          [1667/1668]           | 5  | expected ',' or ']' but found character '/'
          [1985-04-12T23:20:30] | 11 | a time of day is not allowed in an interval or a set
          """)
  void refusesWithIndexAndReason(String text, int index, String reason) {
    assertThatThrownBy(() -> ImpreciseTime.parse(text))
        .isInstanceOfSatisfying(
            EdtfSyntaxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EdtfSyntaxException.Kind.INVALID);
              assertThat(e.isUnsupported()).isFalse();
              assertThat(e.reason()).isEqualTo(reason);
              assertThat(e.index()).isEqualTo(index);
              assertThat(e.text()).isEqualTo(text);
              assertThat(e.getMessage())
                  .isEqualTo("Invalid EDTF '" + text + "' at index " + index + ": " + reason);
            });
  }

  /** A component takes one qualifier; {@code %} is uncertain and approximate at once. */
  @ParameterizedTest(name = "[{0}]")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ?2024%         | 5  | year
          ?2024?         | 5  | year
          ~Y12345?       | 7  | year
          2024-~06?      | 8  | month
          2024-?24~      | 8  | season
          2024-06-%11~   | 11 | day
          2024/?2025~    | 10 | year
          [?1667%,1668]  | 6  | year
          """)
  void refusesTwoQualifiersOnOneComponent(String text, int index, String component) {
    assertThatThrownBy(() -> ImpreciseTime.parse(text))
        .isInstanceOfSatisfying(
            EdtfSyntaxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EdtfSyntaxException.Kind.INVALID);
              assertThat(e.index()).isEqualTo(index);
              assertThat(e.reason())
                  .isEqualTo(
                      "the "
                          + component
                          + " has a qualifier before it"
                          + " and another after it; give it one ('%' for uncertain and approximate)");
            });
  }

  @Test
  void refusesTextsLongerThan400Characters() {
    assertThatThrownBy(() -> ImpreciseTime.parse("1".repeat(400)))
        .hasMessageContaining("must be written with 'Y'");
    String tooLong = "1".repeat(100_000);
    assertThatThrownBy(() -> ImpreciseTime.parse(tooLong))
        .isInstanceOfSatisfying(
            EdtfSyntaxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EdtfSyntaxException.Kind.TOO_LARGE);
              assertThat(e.isUnsupported()).isFalse();
              assertThat(e.getMessage()).startsWith("EDTF too large '111");
              assertThat(e.index()).isEqualTo(400);
              assertThat(e.reason()).isEqualTo("the text is longer than 400 characters");
              assertThat(e.getMessage()).hasSizeLessThan(200);
            });
  }

  @Test
  void refusesSetsOfMoreThan64Members() {
    assertThat(ImpreciseTime.parse("[" + "1667,".repeat(63) + "1667]").members()).hasSize(64);
    String tooMany = "[" + "1667,".repeat(64) + "1667]";
    assertThatThrownBy(() -> ImpreciseTime.parse(tooMany))
        .isInstanceOfSatisfying(
            EdtfSyntaxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EdtfSyntaxException.Kind.TOO_LARGE);
              assertThat(e.index()).isEqualTo(1 + 64 * 5);
              assertThat(e.reason()).isEqualTo("a set may have at most 64 members");
            });
  }

  @Test
  void refusesNull() {
    assertThatNullPointerException().isThrownBy(() -> ImpreciseTime.parse(null));
  }
}
