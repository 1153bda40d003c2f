package dev.hearsay.core.model;

import dev.hearsay.core.time.ImpreciseTime;
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
 * }</pre>
 */
@Value.Immutable
public abstract class TimeMention {
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
    return new Builder().value(ImpreciseTime.parse(edtf)).build();
  }

  /** Builds a {@link TimeMention}. */
  public static final class Builder extends ImmutableTimeMention.Builder {
    /** Starts with every field unset. */
    public Builder() {}
  }
}
