package dev.hearsay.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of the Library of Congress EDTF specification, levels 0 and 1. */
class SpecExamplesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Level 0: dates
          1985-04-12                | 1985-04-12T00:00:00Z | 1985-04-12T23:59:59.999999999Z
          1985-04                   | 1985-04-01T00:00:00Z | 1985-04-30T23:59:59.999999999Z
          1985                      | 1985-01-01T00:00:00Z | 1985-12-31T23:59:59.999999999Z
          0000                      | 0000-01-01T00:00:00Z | 0000-12-31T23:59:59.999999999Z
          # Level 0: date and time
          1985-04-12T23:20:30       | 1985-04-12T23:20:30Z | 1985-04-12T23:20:30.999999999Z
          1985-04-12T23:20:30Z      | 1985-04-12T23:20:30Z | 1985-04-12T23:20:30.999999999Z
          1985-04-12T23:20:30-04    | 1985-04-13T03:20:30Z | 1985-04-13T03:20:30.999999999Z
          1985-04-12T23:20:30+04:30 | 1985-04-12T18:50:30Z | 1985-04-12T18:50:30.999999999Z
          # Level 0: intervals
          1964/2008                 | 1964-01-01T00:00:00Z | 2008-12-31T23:59:59.999999999Z
          2004-06/2006-08           | 2004-06-01T00:00:00Z | 2006-08-31T23:59:59.999999999Z
          2004-02-01/2005-02-08     | 2004-02-01T00:00:00Z | 2005-02-08T23:59:59.999999999Z
          2004-02-01/2005-02        | 2004-02-01T00:00:00Z | 2005-02-28T23:59:59.999999999Z
          2004-02-01/2005           | 2004-02-01T00:00:00Z | 2005-12-31T23:59:59.999999999Z
          2005/2006-02              | 2005-01-01T00:00:00Z | 2006-02-28T23:59:59.999999999Z
          """)
  void level0(String text, String earliest, String latest) {
    assertRoundTripWithBounds(text, earliest, latest);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Years of more than four digits
          Y170000002     | +170000002-01-01T00:00:00Z | +170000002-12-31T23:59:59.999999999Z
          Y-170000002    | -170000002-01-01T00:00:00Z | -170000002-12-31T23:59:59.999999999Z
          # Ten digits: the years at the ends of java.time.Instant's range
          Y1000000000    | +1000000000-01-01T00:00:00Z | +1000000000-12-31T23:59:59.999999999Z
          Y-1000000000   | -1000000000-01-01T00:00:00Z | -1000000000-12-31T23:59:59.999999999Z
          # Seasons: 21 spring, 22 summer, 23 autumn, 24 winter (into the next year)
          2001-21        | 2001-03-01T00:00:00Z | 2001-05-31T23:59:59.999999999Z
          2001-22        | 2001-06-01T00:00:00Z | 2001-08-31T23:59:59.999999999Z
          2001-23        | 2001-09-01T00:00:00Z | 2001-11-30T23:59:59.999999999Z
          2001-24        | 2001-12-01T00:00:00Z | 2002-02-28T23:59:59.999999999Z
          2003-24        | 2003-12-01T00:00:00Z | 2004-02-29T23:59:59.999999999Z
          # Qualification of a date (complete)
          1984?          | 1984-01-01T00:00:00Z | 1984-12-31T23:59:59.999999999Z
          2004-06~       | 2004-06-01T00:00:00Z | 2004-06-30T23:59:59.999999999Z
          2004-06-11%    | 2004-06-11T00:00:00Z | 2004-06-11T23:59:59.999999999Z
          # Unspecified digits from the right
          201X           | 2010-01-01T00:00:00Z | 2019-12-31T23:59:59.999999999Z
          20XX           | 2000-01-01T00:00:00Z | 2099-12-31T23:59:59.999999999Z
          2004-XX        | 2004-01-01T00:00:00Z | 2004-12-31T23:59:59.999999999Z
          1985-04-XX     | 1985-04-01T00:00:00Z | 1985-04-30T23:59:59.999999999Z
          1985-XX-XX     | 1985-01-01T00:00:00Z | 1985-12-31T23:59:59.999999999Z
          # Extended interval: open ends
          1985-04-12/..  | 1985-04-12T00:00:00Z |
          1985-04/..     | 1985-04-01T00:00:00Z |
          1985/..        | 1985-01-01T00:00:00Z |
          ../1985-04-12  |                      | 1985-04-12T23:59:59.999999999Z
          ../1985-04     |                      | 1985-04-30T23:59:59.999999999Z
          ../1985        |                      | 1985-12-31T23:59:59.999999999Z
          # Extended interval: unknown ends
          1985-04-12/    | 1985-04-12T00:00:00Z |
          1985-04/       | 1985-04-01T00:00:00Z |
          1985/          | 1985-01-01T00:00:00Z |
          /1985-04-12    |                      | 1985-04-12T23:59:59.999999999Z
          /1985-04       |                      | 1985-04-30T23:59:59.999999999Z
          /1985          |                      | 1985-12-31T23:59:59.999999999Z
          # Extended interval: qualified ends
          1984~/2004-06           | 1984-01-01T00:00:00Z | 2004-06-30T23:59:59.999999999Z
          1984/2004-06~           | 1984-01-01T00:00:00Z | 2004-06-30T23:59:59.999999999Z
          1984~/2004~             | 1984-01-01T00:00:00Z | 2004-12-31T23:59:59.999999999Z
          -1984?/2004%            | -1984-01-01T00:00:00Z | 2004-12-31T23:59:59.999999999Z
          1984-06?/2004-08?       | 1984-06-01T00:00:00Z | 2004-08-31T23:59:59.999999999Z
          1984-06-02?/2004-08-08~ | 1984-06-02T00:00:00Z | 2004-08-08T23:59:59.999999999Z
          1984-06-02?/            | 1984-06-02T00:00:00Z |
          # Negative calendar year
          -1985          | -1985-01-01T00:00:00Z | -1985-12-31T23:59:59.999999999Z
          -0001-12       | -0001-12-01T00:00:00Z | -0001-12-31T23:59:59.999999999Z
          """)
  void level1(String text, String earliest, String latest) {
    assertRoundTripWithBounds(text, earliest, latest);
  }

  static void assertRoundTripWithBounds(String text, String earliest, String latest) {
    ImpreciseTime time = ImpreciseTime.parse(text);
    assertThat(time.toEdtf()).isEqualTo(text);
    assertThat(time.toString()).isEqualTo(text);
    assertThat(time.earliest()).isEqualTo(Optional.ofNullable(earliest).map(Instant::parse));
    assertThat(time.latest()).isEqualTo(Optional.ofNullable(latest).map(Instant::parse));
    assertThat(ImpreciseTime.parse(time.toEdtf())).isEqualTo(time);
  }
}
