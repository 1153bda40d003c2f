package dev.hearsay.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
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
  void reachesTheEndsOfInstantsRange() {
    assertThat(ImpreciseTime.parse("Y-1000000000").earliest()).contains(Instant.MIN);
    assertThat(ImpreciseTime.parse("Y1000000000").latest()).contains(Instant.MAX);
    assertThat(CivilDates.startOf(CivilDates.MIN_YEAR, 1, 1)).isEqualTo(Instant.MIN);
    assertThat(CivilDates.endOf(CivilDates.MAX_YEAR, 12, 31)).isEqualTo(Instant.MAX);
  }

  @Test
  void countsDaysAsTheJdkDoesWhereTheJdkCan() {
    Random random = new Random(20241028);
    for (int i = 0; i < 10_000; i++) {
      LocalDate date =
          LocalDate.ofEpochDay(
              random.nextLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay() + 1));
      assertThat(CivilDates.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
          .as("%s", date)
          .isEqualTo(date.toEpochDay());
      assertThat(CivilDates.lengthOfMonth(date.getYear(), date.getMonthValue()))
          .isEqualTo(date.lengthOfMonth());
    }
    for (LocalDate date :
        List.of(
            LocalDate.MIN,
            LocalDate.MAX,
            LocalDate.EPOCH,
            LocalDate.of(0, 2, 29),
            LocalDate.of(-1, 12, 31),
            LocalDate.of(2000, 3, 1))) {
      assertThat(CivilDates.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
          .isEqualTo(date.toEpochDay());
    }
  }

  @Test
  void leapYearsOfTheProlepticGregorianCalendar() {
    assertThat(CivilDates.lengthOfMonth(2000, 2)).isEqualTo(29);
    assertThat(CivilDates.lengthOfMonth(1900, 2)).isEqualTo(28);
    assertThat(CivilDates.lengthOfMonth(0, 2)).isEqualTo(29);
    assertThat(CivilDates.lengthOfMonth(-4, 2)).isEqualTo(29);
    assertThat(CivilDates.lengthOfMonth(-1, 2)).isEqualTo(28);
    assertThat(CivilDates.lengthOfMonth(-100, 2)).isEqualTo(28);
    assertThat(CivilDates.lengthOfMonth(-400, 2)).isEqualTo(29);
    assertThat(CivilDates.lengthOfMonth(CivilDates.MAX_YEAR, 2)).isEqualTo(29);
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
