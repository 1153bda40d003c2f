package dev.hearsay.core.model;

import dev.hearsay.core.internal.RecentValues;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A number as people write it: an estimate, bounds, or both, with the unit and the words.
 *
 * <p>"Thousands" is an approximate inclusive lower bound of 1,000; "up to five billion euros" an
 * inclusive upper bound of 5E+9 in EUR; "hundreds of millions of dollars" a lower bound of 1E+8 and
 * an exclusive upper bound of 1E+9 in USD. Numbers are exact decimals held without trailing zeros.
 *
 * <pre>{@code
 * Quantity value = new Quantity.Builder()
 *     .name("arms-supplies-value")
 *     .upper(Bound.inclusive(new BigDecimal("5E+9")))
 *     .unit(Unit.currency("EUR"))
 *     .asWritten("up to five billion euros")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Quantity implements WithQuantity {
  /** Quantitys built lately, so that equal ones built again are held once. */
  private static final RecentValues<Quantity> RECENT = new RecentValues<>(4096);

  Quantity() {}

  /**
   * What the number is of, unique within its claim, such as "troops" or "arms-supplies-value".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The single best number the text gives, if it gives one.
   *
   * @return the estimate
   */
  public abstract Optional<BigDecimal> estimate();

  /**
   * The lowest value the text allows.
   *
   * @return the lower bound, if any
   */
  public abstract Optional<Bound> lower();

  /**
   * The highest value the text allows.
   *
   * @return the upper bound, if any
   */
  public abstract Optional<Bound> upper();

  /**
   * Whether the text gives the number loosely ("about", "thousands").
   *
   * @return true when approximate; false by default
   */
  @Value.Default
  public boolean approximate() {
    return false;
  }

  /**
   * What the number counts or measures.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * The words of the text that give the number, as written.
   *
   * @return the words, if recorded
   */
  public abstract Optional<String> asWritten();

  @Value.Check
  Quantity normalize() {
    Checks.text("Quantity.name", name(), Checks.SHORT_TEXT);
    asWritten().ifPresent(w -> Checks.text("Quantity.asWritten", w, Checks.SHORT_TEXT));
    if (estimate().isEmpty() && lower().isEmpty() && upper().isEmpty()) {
      throw new ValueCheckException(
          "Quantity.estimate", "give an estimate, a lower bound or an upper bound");
    }
    // The estimate's length is checked first, so that a message never writes out a huge number.
    Optional<BigDecimal> estimate = estimate().map(e -> Decimals.normalize("Quantity.estimate", e));
    if (lower().isPresent() && upper().isPresent()) {
      checkBounds(lower().get(), upper().get());
    }
    estimate.ifPresent(
        e -> {
          lower().ifPresent(l -> checkEstimate(e, l, "lower", 1));
          upper().ifPresent(u -> checkEstimate(e, u, "upper", -1));
        });
    if (estimate.isPresent()) {
      BigDecimal normalized = estimate.get();
      if (normalized != estimate().get()) {
        return withEstimate(normalized);
      }
    }
    return this;
  }

  private static void checkBounds(Bound lower, Bound upper) {
    int order = lower.value().compareTo(upper.value());
    if (order > 0) {
      throw new ValueCheckException(
          "Quantity.upper",
          ""
              + upper.value().toPlainString()
              + " is below the lower bound "
              + lower.value().toPlainString()
              + ", so no number fits");
    }
    if (order == 0 && !(lower.inclusive() && upper.inclusive())) {
      throw new ValueCheckException(
          "Quantity.upper",
          "both bounds are "
              + upper.value().toPlainString()
              + " and one of them is exclusive, so no number fits; make both inclusive");
    }
  }

  /** Checks that the estimate lies on the allowed side ({@code side} 1 above, -1 below). */
  private static void checkEstimate(BigDecimal estimate, Bound bound, String which, int side) {
    int order = estimate.compareTo(bound.value()) * side;
    if (order < 0) {
      throw new ValueCheckException(
          "Quantity.estimate",
          ""
              + estimate.toPlainString()
              + " is "
              + (side > 0 ? "below" : "above")
              + " the "
              + which
              + " bound "
              + bound.value().toPlainString());
    }
    if (order == 0 && !bound.inclusive()) {
      throw new ValueCheckException(
          "Quantity.estimate",
          ""
              + estimate.toPlainString()
              + " equals the exclusive "
              + which
              + " bound, which excludes it");
    }
  }

  /**
   * Builds a {@link Quantity}.
   *
   * <p>Required: {@code name}, {@code unit}, and at least one of {@code estimate}, {@code lower}
   * and {@code upper}.
   *
   * <p>Optional: {@code approximate} (false unless set), {@code asWritten}.
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}.
   */
  public static final class Builder extends ImmutableQuantity.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Builds the quantity. An equal quantity built lately may be returned instead of a new one, so
     * that a quantity repeated across a dataset is held once.
     *
     * @return the quantity
     * @throws ValueCheckException when a required field is unset or the quantity breaks a rule
     */
    @Override
    public Quantity build() {
      try {
        return RECENT.share(super.build());
      } catch (MissingFields e) {
        throw e.of("Quantity");
      }
    }
  }
}
