package dev.hearsay.core.time;

import static dev.hearsay.core.time.ImpreciseTime.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code ImpreciseTime.of} takes java.time's years, months, days and instants as EDTF values. */
class JavaTimeBridgesTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2024, 2024",
    "0, 0000",
    "-5, -0005",
    "9999, 9999",
    "10000, Y10000",
    "-12345, Y-12345",
    "999999999, Y999999999"
  })
  void aYearIsWrittenWithFourDigitsOrWithY(int year, String edtf) {
    ImpreciseTime time = ImpreciseTime.of(Year.of(year));

    assertThat(time).isEqualTo(parse(edtf));
    assertThat(time.precision()).isEqualTo(Precision.YEAR);
  }

  @Test
  void aMonthIsTheMonth() {
    ImpreciseTime october = ImpreciseTime.of(YearMonth.of(2024, 10));

    assertThat(october).isEqualTo(parse("2024-10"));
    assertThat(october.latest()).contains(Instant.parse("2024-10-31T23:59:59.999999999Z"));
  }

  @Test
  void aDayIsTheDayInUtc() {
    assertThat(ImpreciseTime.of(LocalDate.of(2024, 10, 25))).isEqualTo(parse("2024-10-25"));
    assertThat(ImpreciseTime.of(LocalDate.of(-5, 3, 1))).isEqualTo(parse("-0005-03-01"));
  }

  @Test
  void aMonthOrDayInAYearOfMoreThanFourDigitsIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImpreciseTime.of(LocalDate.of(12345, 1, 2)))
        .withMessage(
            "+12345-01-02 is in a year of more than four digits, which EDTF writes"
                + " without a month or a day; use the year alone");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImpreciseTime.of(YearMonth.of(-10000, 1)));
    assertThatIllegalArgumentException().isThrownBy(() -> ImpreciseTime.of(Instant.MAX));
  }

  @Test
  void anInstantIsTheSecondThatHoldsItInUtc() {
    Instant instant = Instant.parse("2024-10-25T12:34:56.789Z");

    ImpreciseTime second = ImpreciseTime.of(instant);

    assertThat(second).isEqualTo(parse("2024-10-25T12:34:56Z"));
    assertThat(second.earliest()).hasValueSatisfying(e -> assertThat(e).isBefore(instant));
    assertThat(second.latest()).hasValueSatisfying(l -> assertThat(l).isAfter(instant));
  }

  @Test
  void anInstantBeforeTheEpochIsInTheSecondThatHoldsIt() {
    Instant instant = Instant.parse("1969-12-31T23:59:59.500Z");

    assertThat(ImpreciseTime.of(instant)).isEqualTo(parse("1969-12-31T23:59:59Z"));
  }

  @Test
  void anOffsetDateTimeKeepsItsOffset() {
    LocalDateTime noon = LocalDateTime.of(2024, 10, 25, 12, 0, 0, 999);

    assertThat(ImpreciseTime.of(noon.atOffset(ZoneOffset.ofHoursMinutes(4, 30))))
        .isEqualTo(parse("2024-10-25T12:00:00+04:30"));
    assertThat(ImpreciseTime.of(noon.atOffset(ZoneOffset.ofHours(-4))))
        .isEqualTo(parse("2024-10-25T12:00:00-04:00"));
    assertThat(ImpreciseTime.of(noon.atOffset(ZoneOffset.UTC)))
        .isEqualTo(parse("2024-10-25T12:00:00Z"));
  }

  @Test
  void aZonedDateTimeTakesTheOffsetInForceThen() {
    ZoneId kyiv = ZoneId.of("Europe/Kyiv");

    assertThat(ImpreciseTime.of(ZonedDateTime.of(2024, 10, 25, 12, 0, 0, 0, kyiv)))
        .isEqualTo(parse("2024-10-25T12:00:00+03:00"));
    assertThat(ImpreciseTime.of(ZonedDateTime.of(2024, 10, 28, 12, 0, 0, 0, kyiv)))
        .isEqualTo(parse("2024-10-28T12:00:00+02:00"));
  }

  @Test
  void anOffsetWithSecondsIsRefused() {
    OffsetDateTime odd =
        LocalDateTime.of(1900, 1, 1, 0, 0).atOffset(ZoneOffset.ofTotalSeconds(30 * 60 + 15));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> ImpreciseTime.of(odd))
        .withMessageStartingWith("the offset +00:30:15 has seconds");
  }

  @Test
  void aNullIsRefusedAsParseRefusesIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> ImpreciseTime.of((LocalDate) null))
        .withMessage("date");
    assertThatNullPointerException()
        .isThrownBy(() -> ImpreciseTime.of((Instant) null))
        .withMessage("instant");
  }
}
