package dev.hearsay.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The calendar helpers, at the edges of the range of years. */
class CivilDatesTest {

  @Test
  void reachesTheFirstAndLastNineDigitYears() {
    assertThat(ImpreciseTime.parse("Y-999999999").earliest())
        .contains(Instant.parse("-999999999-01-01T00:00:00Z"));
    assertThat(ImpreciseTime.parse("Y999999999").latest())
        .contains(Instant.parse("+999999999-12-31T23:59:59.999999999Z"));
  }

  @Test
  void leapYearsOfTheProlepticGregorianCalendar() {
    assertThat(CivilDates.lengthOfMonth(2000, 2)).isEqualTo(29);
    assertThat(CivilDates.lengthOfMonth(1900, 2)).isEqualTo(28);
    assertThat(CivilDates.lengthOfMonth(0, 2)).isEqualTo(29);
    assertThat(CivilDates.lengthOfMonth(-4, 2)).isEqualTo(29);
    assertThat(CivilDates.lengthOfMonth(-1, 2)).isEqualTo(28);
  }

  @Test
  void matchesDigitPatterns() {
    assertThat(CivilDates.matches("1X", 12)).isTrue();
    assertThat(CivilDates.matches("1X", 2)).isFalse();
    assertThat(CivilDates.matches("X2", 2)).isTrue();
    assertThat(CivilDates.matches("XX", 100)).isFalse();
    assertThat(CivilDates.matches("20X4", 2014)).isTrue();
  }
}
