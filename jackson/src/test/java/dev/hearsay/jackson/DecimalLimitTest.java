package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.hearsay.core.model.Quantity;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A decimal may have at most 1,000 characters when written plainly (sign, digits and point), the
 * rule of the model; the longest allowed round-trips, one character more is refused with a path.
 */
class DecimalLimitTest {
  /** "-0.000…1", 1,000 characters. */
  static final String LONGEST_FRACTION = "-0." + "0".repeat(996) + "1";

  /** "-999…9", 1,000 characters. */
  static final String LONGEST_NEGATIVE_INTEGER = "-" + "9".repeat(999);

  /** 1,000 digits. */
  static final String LONGEST_INTEGER = "1" + "0".repeat(998) + "1";

  @ParameterizedTest
  @ValueSource(strings = {"-0.000…1", "-999…9", "1000…1"})
  void theLongestAllowedRoundTrips(String name) {
    String plain =
        switch (name) {
          case "-0.000…1" -> LONGEST_FRACTION;
          case "-999…9" -> LONGEST_NEGATIVE_INTEGER;
          default -> LONGEST_INTEGER;
        };
    assertThat(plain).hasSize(1_000);

    Quantity read = Json.STRICT.readValue(quantity("\"" + plain + "\""), Quantity.class);

    assertThat(read.estimate()).contains(new BigDecimal(plain));
    String written = Json.STRICT.writeValueAsString(read);
    assertThat(written).contains("\"estimate\":\"" + plain + "\"");
    assertThat(Json.STRICT.readValue(written, Quantity.class)).isEqualTo(read);
  }

  @Test
  void theLongestAllowedReadsFromAJsonNumberAndAnExponent() {
    Quantity number = Json.STRICT.readValue(quantity(LONGEST_FRACTION), Quantity.class);
    Quantity exponent = Json.STRICT.readValue(quantity("\"-1e-997\""), Quantity.class);

    assertThat(number.estimate()).contains(new BigDecimal(LONGEST_FRACTION));
    assertThat(exponent).isEqualTo(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"-0.0000000000000000000001e-976\"",
        "\"-1e-998\"",
        "\"1e1000\"",
        "\"-1e999\"",
        "1e1000",
        "-1e-998"
      })
  void oneCharacterMoreIsRefusedWithThePath(String estimate) {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> Json.STRICT.readValue(quantity(estimate), Quantity.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo("estimate: is too long: written plainly it has 1001 characters, more than 1000");
  }

  @Test
  void oneCharacterMoreIsRefusedInADatasetWithItsPath() {
    String json = Json.resource("golden/dataset.json").replace("\"2500.5\"", "\"-1e-998\"");

    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> Json.STRICT.readValue(json, dev.hearsay.core.model.Dataset.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "claims[c-set-to-join].quantities[0].estimate:"
                + " is too long: written plainly it has 1001 characters, more than 1000");
  }

  @Test
  void trailingZerosDoNotCount() {
    Quantity read = Json.STRICT.readValue(quantity("\"-10e-998\""), Quantity.class);

    assertThat(read.estimate().get()).isEqualByComparingTo(LONGEST_FRACTION);
  }

  @Test
  void anExponentBeyondADecimalIsRefusedWithThePath() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> Json.STRICT.readValue(quantity("\"1e99999999999\""), Quantity.class));

    assertThat(e.getOriginalMessage()).startsWith("estimate: is too long");
  }

  /**
   * A whole number whose exponent, once its trailing zeros are dropped, no longer fits an {@code
   * int}: stripping it would overflow, so its length is counted without stripping.
   */
  @ParameterizedTest
  @ValueSource(strings = {"\"100e2147483647\"", "100e2147483647", "\"-10E+2147483647\""})
  void aWholeNumberWhoseExponentOverflowsWhenStrippedIsRefusedWithThePath(String estimate) {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () -> Json.STRICT.readValue(quantity(estimate), Quantity.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "estimate: is too long: written plainly it has 2147483650 characters, more than 1000");
  }

  @Test
  void aBoundWhoseExponentOverflowsWhenStrippedIsRefusedWithThePath() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () ->
                Json.STRICT.readValue(
                    "{\"name\": \"n\", \"unit\": {\"count\": \"things\"},"
                        + " \"upper\": {\"value\": 100e2147483647, \"inclusive\": true}}",
                    Quantity.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo(
            "upper.value: is too long: written plainly it"
                + " has 2147483650 characters, more than 1000");
  }

  @Test
  void aStringOverTheParsersNumberLimitIsRefused() {
    MismatchedInputException e =
        catchThrowableOfType(
            MismatchedInputException.class,
            () ->
                Json.STRICT.readValue(quantity("\"" + LONGEST_INTEGER + "e-1\""), Quantity.class));

    assertThat(e.getOriginalMessage())
        .isEqualTo("estimate: has 1003 characters, more than the number length limit of 1000");
  }

  private static String quantity(String estimate) {
    return "{\"name\": \"n\", \"estimate\": " + estimate + ", \"unit\": {\"count\": \"things\"}}";
  }
}
