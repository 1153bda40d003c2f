package dev.hearsay.core.model;

/**
 * What a {@link Quantity} counts or measures: a currency or a kind of counted thing.
 *
 * <pre>{@code
 * Unit euros = Unit.currency("EUR");
 * Unit troops = Unit.count("soldiers");
 * }</pre>
 */
public sealed interface Unit permits CurrencyUnit, CountUnit {
  /**
   * A sum of money in the currency with the given ISO 4217 code.
   *
   * @param code the code, such as {@code EUR}
   * @return the unit
   * @throws IllegalArgumentException when the JDK knows no currency with that code
   */
  static Unit currency(String code) {
    return new CurrencyUnit(code);
  }

  /**
   * A number of things of the given kind.
   *
   * @param thing what is counted, such as "soldiers"
   * @return the unit
   */
  static Unit count(String thing) {
    return new CountUnit(thing);
  }
}
