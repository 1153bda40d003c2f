package dev.hearsay.core.model;

import dev.hearsay.core.internal.RecentValues;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time as a text mentions it: the value in EDTF, the words as written ("since August", "by
 * October 28"), and whether the curator supplied part of the value that the text does not state,
 * such as the year.
 *
 * <pre>{@code
 * TimeMention since = TimeMention.of("2024-08/..");
 * TimeMention oct25 = new TimeMention.Builder()
 *     .value(ImpreciseTime.parse("2024-10-25"))
 *     .asWritten("on October 25")
 *     .inferred(true)
 *     .build();
 * TimeMention published = TimeMention.of(LocalDate.of(2024, 10, 28));
 * }</pre>
 */
@Value.Immutable
public abstract class TimeMention implements WithTimeMention {
  /** Times built lately, so that equal ones built again are held once. */
  private static final RecentValues<TimeMention> RECENT = new RecentValues<>(4096);

  TimeMention() {}

  /**
   * The time as an EDTF value: the range of instants the words allow.
   *
   * @return the value
   */
  public abstract ImpreciseTime value();

  /**
   * The words of the text that give the time, as written.
   *
   * @return the words, if recorded
   */
  public abstract Optional<String> asWritten();

  /**
   * Whether the curator supplied part of the value that the text does not state, such as a year
   * taken from the publication date.
   *
   * @return true when part of the value is inferred; false by default
   */
  @Value.Default
  public boolean inferred() {
    return false;
  }

  @Value.Check
  void check() {
    asWritten().ifPresent(w -> Checks.text("TimeMention.asWritten", w, Checks.SHORT_TEXT));
  }

  /**
   * A time stated in full by the text, with no words recorded.
   *
   * @param edtf the EDTF text
   * @return the time
   * @throws IllegalArgumentException when the text is not valid EDTF
   */
  public static TimeMention of(String edtf) {
    return new Builder()
        .value(ImpreciseTime.parse(Checks.present("TimeMention.value", edtf)))
        .build();
  }

  /**
   * A day stated in full by the text, with no words recorded.
   *
   * @param date the day
   * @return the time, as {@link ImpreciseTime#of(LocalDate)} gives it
   * @throws IllegalArgumentException when the year has more than four digits
   */
  public static TimeMention of(LocalDate date) {
    return new Builder().value(ImpreciseTime.of(Checks.present("TimeMention.value", date))).build();
  }

  /**
   * Builds a {@link TimeMention}.
   *
   * <p>Required: {@code value}.
   *
   * <p>Optional: {@code asWritten}, {@code inferred} (false unless set).
   *
   * <p>Each field takes one value; setting it again throws {@link IllegalStateException}.
   */
  public static final class Builder extends ImmutableTimeMention.Builder {
    /** Starts with every field unset. */
    public Builder() {}

    /**
     * Builds the time. An equal time built lately may be returned instead of a new one, so
     * that a time repeated across a dataset is held once.
     *
     * @return the time
     * @throws ValueCheckException when the value is unset or the time breaks a rule
     */
    @Override
    public TimeMention build() {
      try {
        return RECENT.share(super.build());
      } catch (MissingFields e) {
        throw e.of("TimeMention");
      }
    }
  }
}
