package dev.hearsay.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The level 2 features that are supported, and those that are refused. */
class Level2Test {

  /** Reads the text; its bounds are the start of the first and the end of the last day given. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text                     | canonical, if other | earliest day | latest day
          # Qualification of a group of components, and of single components
          2004?-06-11                |               | 2004-06-11  | 2004-06-11
          2004-06~-11                |               | 2004-06-11  | 2004-06-11
          ?2004-06-~11               | 2004?-06-~11  | 2004-06-11  | 2004-06-11
          2004-%06-11                |               | 2004-06-11  | 2004-06-11
          2004-06-%11                |               | 2004-06-11  | 2004-06-11
          ?-2004-06-%11              | -2004?-06-%11 | -2004-06-11 | -2004-06-11
          ?2004-?06-?11              | 2004-06-11?   | 2004-06-11  | 2004-06-11
          ?2004-?06-11               | 2004-06?-11   | 2004-06-11  | 2004-06-11
          2004?-06~                  | 2004%-~06     | 2004-06-01  | 2004-06-30
          # Unspecified digits anywhere
          156X-12-25                 |               | 1560-12-25  | 1569-12-25
          15XX-12-25                 |               | 1500-12-25  | 1599-12-25
          XXXX-12-XX                 |               | 0000-12-01  | 9999-12-31
          1XXX-XX                    |               | 1000-01-01  | 1999-12-31
          1XXX-12                    |               | 1000-12-01  | 1999-12-31
          1984-1X                    |               | 1984-10-01  | 1984-12-31
          -1XXX-12                   |               | -1999-12-01 | -1000-12-31
          190X-02-29                 |               | 1904-02-29  | 1908-02-29
          2004-X2-3X                 |               | 2004-12-30  | 2004-12-31
          # Seasons beyond 24: hemispheres, quarters, quadrimesters, semesters
          2001-25                    |               | 2001-03-01  | 2001-05-31
          2001-28                    |               | 2001-12-01  | 2002-02-28
          2001-29                    |               | 2001-09-01  | 2001-11-30
          2001-30                    |               | 2001-12-01  | 2002-02-28
          2001-32                    |               | 2001-06-01  | 2001-08-31
          2001-33                    |               | 2001-01-01  | 2001-03-31
          2001-36                    |               | 2001-10-01  | 2001-12-31
          2001-38                    |               | 2001-05-01  | 2001-08-31
          2001-40                    |               | 2001-01-01  | 2001-06-30
          -2001-41                   |               | -2001-07-01 | -2001-12-31
          # Sets
          [1667,1668,1670..1672]     |               | 1667-01-01  | 1672-12-31
          [..1760-12-03]             |               |             | 1760-12-03
          [1760-12..]                |               | 1760-12-01  |
          [1760-01,1760-02,1760-12..]|               | 1760-01-01  |
          [1667,1760-12]             |               | 1667-01-01  | 1760-12-31
          [..1984]                   |               |             | 1984-12-31
          {1667,1668,1670..1672}     |               | 1667-01-01  | 1672-12-31
          {1960,1961-12}             |               | 1960-01-01  | 1961-12-31
          {..1984}                   |               |             | 1984-12-31
          [1672,1667]                |               | 1667-01-01  | 1672-12-31
          # Intervals of level 2 dates
          2004-06-~01/2004-06-~20    |               | 2004-06-01  | 2004-06-20
          2004-06-XX/2004-07-03      |               | 2004-06-01  | 2004-07-03
          """)
  void readsAndWritesCanonically(String text, String rewritten, String earliest, String latest) {
    String canonical = rewritten == null ? text : rewritten;
    ImpreciseTime time = ImpreciseTime.parse(text);
    assertThat(time.toEdtf()).isEqualTo(canonical);
    assertThat(time.earliest())
        .isEqualTo(Optional.ofNullable(earliest).map(d -> startOfDay(LocalDate.parse(d))));
    assertThat(time.latest())
        .isEqualTo(
            Optional.ofNullable(latest)
                .map(d -> startOfDay(LocalDate.parse(d).plusDays(1)).minusNanos(1)));
    ImpreciseTime again = ImpreciseTime.parse(canonical);
    assertThat(again).isEqualTo(time).hasSameHashCodeAs(time);
    assertThat(again.toEdtf()).isEqualTo(canonical);
  }

  private static Instant startOfDay(LocalDate date) {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # text      | year | month | day   (- for none)
          2004?-06-11   | ?    | -     | -
          2004-06~-11   | ~    | ~     | -
          ?2004-06-~11  | ?    | -     | ~
          2004-%06-11   | -    | %     | -
          2004-06-11%   | %    | %     | %
          2004?-06~     | %    | ~     | -
          """)
  void qualifiesEachComponent(String text, char year, char month, char day) {
    ImpreciseTime time = ImpreciseTime.parse(text);
    assertThat(time.qualification(Precision.YEAR)).isEqualTo(Qualification.ofSymbol(year));
    assertThat(time.qualification(Precision.MONTH)).isEqualTo(Qualification.ofSymbol(month));
    assertThat(time.qualification(Precision.SEASON)).isEqualTo(Qualification.ofSymbol(month));
    assertThat(time.qualification(Precision.DAY)).isEqualTo(Qualification.ofSymbol(day));
    assertThat(time.qualification(Precision.SECOND)).isEqualTo(Qualification.NONE);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Y-17E7                | 4  | exponential years (E) are not supported
          Y17E8                 | 3  | exponential years (E) are not supported
          Y3388E2S3             | 5  | exponential years (E) are not supported
          1950S2                | 4  | significant digits (S) are not supported
          -1859S5               | 5  | significant digits (S) are not supported
          Y171010000S3          | 10 | significant digits (S) are not supported
          Y12345X               | 6  | X is not supported in a year written with 'Y'
          1985-04-12T23:20:30.5 | 19 | fractional seconds are not supported
          Y1000000001           | 1  | years after 1000000000 are not supported: [...]
          Y1700000025           | 1  | years after 1000000000 are not supported: [...]
          Y-1000000001          | 2  | years before -1000000000 are not supported: [...]
          Y123456789012345678   | 1  | years after 1000000000 are not supported: [...]
          """)
  void refusesUnsupportedFeaturesSayingSo(String text, int index, String reason) {
    assertThatThrownBy(() -> ImpreciseTime.parse(text))
        .isInstanceOfSatisfying(
            EdtfSyntaxException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(EdtfSyntaxException.Kind.UNSUPPORTED);
              assertThat(e.isUnsupported()).isTrue();
              assertThat(e.getMessage()).startsWith("Unsupported EDTF '" + text + "' at index ");
              assertThat(e.reason())
                  .isEqualTo(reason.replace("[...]", "java.time.Instant ends there"))
                  .contains("not supported");
              assertThat(e.index()).isEqualTo(index);
              assertThat(e.text()).isEqualTo(text);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"2001-21^Southern Hemisphere", "2004-(06)?-11", "unknown/2009"})
  void refusesSyntaxOfTheEarlierDraft(String text) {
    assertThatThrownBy(() -> ImpreciseTime.parse(text)).isInstanceOf(EdtfSyntaxException.class);
  }
}
