package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The length of a decimal written plainly without trailing zeros is counted exactly, without
 * writing it and without the overflow of stripping a whole number with a huge exponent.
 */
class PlainLengthTest {
  @ParameterizedTest
  @CsvSource({
    "100e2147483647, 2147483650",
    "-10E+2147483647, 2147483650",
    "-1e-2147483647, 2147483650",
    "0E+2147483647, 1",
    "0E-2147483647, 1",
    "1000.000, 4",
    "0.0100, 4",
    "-12.50, 5",
    "5E+9, 10"
  })
  void isCountedWithoutWritingOrOverflow(String number, long length) {
    BigDecimal value = new BigDecimal(number);

    assertThat(Decimals.plainLength(value)).isEqualTo(length);
    if (length < 100) {
      assertThat(value.stripTrailingZeros().toPlainString()).hasSize((int) length);
    }
  }
}
