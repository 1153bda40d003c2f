package dev.hearsay.core.model;

import java.util.Currency;

/**
 * A sum of money in one currency.
 *
 * @param code the ISO 4217 code, such as {@code EUR} or {@code USD}, known to the JDK
 */
public record CurrencyUnit(String code) implements Unit {
  /** Checks the code against the JDK's list of currencies. */
  public CurrencyUnit {
    Checks.present("CurrencyUnit.code", code);
    try {
      if (!Currency.getInstance(code).getCurrencyCode().equals(code)) {
        throw new IllegalArgumentException(code);
      }
    } catch (IllegalArgumentException e) {
      throw new ValueCheckException(
          "CurrencyUnit.code", "'" + code + "' is not an ISO 4217 currency code", e);
    }
  }
}
