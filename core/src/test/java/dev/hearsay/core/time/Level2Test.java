package dev.hearsay.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The level 2 features that are supported, and those that are refused. */
class Level2Test {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # Qualification of a group of components, and of single components
          2004?-06-11     | 2004?-06-11    | 2004-06-11T00:00:00Z | 2004-06-11T23:59:59.999999999Z
          2004-06~-11     | 2004-06~-11    | 2004-06-11T00:00:00Z | 2004-06-11T23:59:59.999999999Z
          ?2004-06-~11    | 2004?-06-~11   | 2004-06-11T00:00:00Z | 2004-06-11T23:59:59.999999999Z
          2004-%06-11     | 2004-%06-11    | 2004-06-11T00:00:00Z | 2004-06-11T23:59:59.999999999Z
          2004-06-%11     | 2004-06-%11    | 2004-06-11T00:00:00Z | 2004-06-11T23:59:59.999999999Z
          ?-2004-06-%11   | -2004?-06-%11  | -2004-06-11T00:00:00Z | -2004-06-11T23:59:59.999999999Z
          ?2004-?06-?11   | 2004-06-11?    | 2004-06-11T00:00:00Z | 2004-06-11T23:59:59.999999999Z
          ?2004-?06-11    | 2004-06?-11    | 2004-06-11T00:00:00Z | 2004-06-11T23:59:59.999999999Z
          2004?-06~       | 2004%-~06      | 2004-06-01T00:00:00Z | 2004-06-30T23:59:59.999999999Z
          # Unspecified digits anywhere
          156X-12-25      | 156X-12-25     | 1560-12-25T00:00:00Z | 1569-12-25T23:59:59.999999999Z
          15XX-12-25      | 15XX-12-25     | 1500-12-25T00:00:00Z | 1599-12-25T23:59:59.999999999Z
          XXXX-12-XX      | XXXX-12-XX     | 0000-12-01T00:00:00Z | 9999-12-31T23:59:59.999999999Z
          1XXX-XX         | 1XXX-XX        | 1000-01-01T00:00:00Z | 1999-12-31T23:59:59.999999999Z
          1XXX-12         | 1XXX-12        | 1000-12-01T00:00:00Z | 1999-12-31T23:59:59.999999999Z
          1984-1X         | 1984-1X        | 1984-10-01T00:00:00Z | 1984-12-31T23:59:59.999999999Z
          -1XXX-12        | -1XXX-12       | -1999-12-01T00:00:00Z | -1000-12-31T23:59:59.999999999Z
          190X-02-29      | 190X-02-29     | 1904-02-29T00:00:00Z | 1908-02-29T23:59:59.999999999Z
          2004-X2-3X      | 2004-X2-3X     | 2004-12-30T00:00:00Z | 2004-12-31T23:59:59.999999999Z
          # Seasons beyond 24: hemispheres, quarters, quadrimesters, semesters
          2001-25         | 2001-25        | 2001-03-01T00:00:00Z | 2001-05-31T23:59:59.999999999Z
          2001-28         | 2001-28        | 2001-12-01T00:00:00Z | 2002-02-28T23:59:59.999999999Z
          2001-29         | 2001-29        | 2001-09-01T00:00:00Z | 2001-11-30T23:59:59.999999999Z
          2001-30         | 2001-30        | 2001-12-01T00:00:00Z | 2002-02-28T23:59:59.999999999Z
          2001-32         | 2001-32        | 2001-06-01T00:00:00Z | 2001-08-31T23:59:59.999999999Z
          2001-33         | 2001-33        | 2001-01-01T00:00:00Z | 2001-03-31T23:59:59.999999999Z
          2001-36         | 2001-36        | 2001-10-01T00:00:00Z | 2001-12-31T23:59:59.999999999Z
          2001-38         | 2001-38        | 2001-05-01T00:00:00Z | 2001-08-31T23:59:59.999999999Z
          2001-40         | 2001-40        | 2001-01-01T00:00:00Z | 2001-06-30T23:59:59.999999999Z
          -2001-41        | -2001-41       | -2001-07-01T00:00:00Z | -2001-12-31T23:59:59.999999999Z
          # Sets
          [1667,1668,1670..1672]  | [1667,1668,1670..1672]  | 1667-01-01T00:00:00Z | 1672-12-31T23:59:59.999999999Z
          [..1760-12-03]          | [..1760-12-03]          |                      | 1760-12-03T23:59:59.999999999Z
          [1760-12..]             | [1760-12..]             | 1760-12-01T00:00:00Z |
          [1760-01,1760-02,1760-12..] | [1760-01,1760-02,1760-12..] | 1760-01-01T00:00:00Z |
          [1667,1760-12]          | [1667,1760-12]          | 1667-01-01T00:00:00Z | 1760-12-31T23:59:59.999999999Z
          [..1984]                | [..1984]                |                      | 1984-12-31T23:59:59.999999999Z
          {1667,1668,1670..1672}  | {1667,1668,1670..1672}  | 1667-01-01T00:00:00Z | 1672-12-31T23:59:59.999999999Z
          {1960,1961-12}          | {1960,1961-12}          | 1960-01-01T00:00:00Z | 1961-12-31T23:59:59.999999999Z
          {..1984}                | {..1984}                |                      | 1984-12-31T23:59:59.999999999Z
          [1672,1667]             | [1672,1667]             | 1667-01-01T00:00:00Z | 1672-12-31T23:59:59.999999999Z
          # Intervals of level 2 dates
          2004-06-~01/2004-06-~20 | 2004-06-~01/2004-06-~20 | 2004-06-01T00:00:00Z | 2004-06-20T23:59:59.999999999Z
          2004-06-XX/2004-07-03   | 2004-06-XX/2004-07-03   | 2004-06-01T00:00:00Z | 2004-07-03T23:59:59.999999999Z
          """)
  void readsAndWritesCanonically(String text, String canonical, String earliest, String latest) {
    ImpreciseTime time = ImpreciseTime.parse(text);
    assertThat(time.toEdtf()).isEqualTo(canonical);
    assertThat(time.earliest()).isEqualTo(Optional.ofNullable(earliest).map(Instant::parse));
    assertThat(time.latest()).isEqualTo(Optional.ofNullable(latest).map(Instant::parse));
    ImpreciseTime again = ImpreciseTime.parse(canonical);
    assertThat(again).isEqualTo(time).hasSameHashCodeAs(time);
    assertThat(again.toEdtf()).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          2004?-06-11   | UNCERTAIN   | NONE        | NONE
          2004-06~-11   | APPROXIMATE | APPROXIMATE | NONE
          ?2004-06-~11  | UNCERTAIN   | NONE        | APPROXIMATE
          2004-%06-11   | NONE        | UNCERTAIN_AND_APPROXIMATE | NONE
          2004-06-11%   | UNCERTAIN_AND_APPROXIMATE | UNCERTAIN_AND_APPROXIMATE | UNCERTAIN_AND_APPROXIMATE
          2004?-06~     | UNCERTAIN_AND_APPROXIMATE | APPROXIMATE | NONE
          """)
  void qualifiesEachComponent(
      String text, Qualification year, Qualification month, Qualification day) {
    ImpreciseTime time = ImpreciseTime.parse(text);
    assertThat(time.qualification(Precision.YEAR)).isEqualTo(year);
    assertThat(time.qualification(Precision.MONTH)).isEqualTo(month);
    assertThat(time.qualification(Precision.SEASON)).isEqualTo(month);
    assertThat(time.qualification(Precision.DAY)).isEqualTo(day);
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
          Y12345X               | 6  | unspecified digits (X) are not supported in a year written with 'Y'
          1985-04-12T23:20:30.5 | 19 | fractional seconds are not supported
          Y1000000000           | 1  | years with more than nine digits are not supported
          """)
  void refusesUnsupportedFeaturesSayingSo(String text, int index, String reason) {
    assertThatThrownBy(() -> ImpreciseTime.parse(text))
        .isInstanceOfSatisfying(
            EdtfSyntaxException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(reason).contains("not supported");
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
