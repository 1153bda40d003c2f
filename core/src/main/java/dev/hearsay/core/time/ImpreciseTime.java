package dev.hearsay.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * A time as the Extended Date/Time Format (EDTF) writes it. PLACEHOLDER: only full dates parse
 * until the EDTF parser lands.
 */
public final class ImpreciseTime implements Comparable<ImpreciseTime> {
  private final String text;
  private final Instant earliest;
  private final Instant latest;

  private ImpreciseTime(String text, Instant earliest, Instant latest) {
    this.text = text;
    this.earliest = earliest;
    this.latest = latest;
  }

  /**
   * Reads an EDTF text.
   *
   * @param edtf the text
   * @return the value
   */
  public static ImpreciseTime parse(CharSequence edtf) {
    String text = edtf.toString();
    LocalDate day = LocalDate.parse(text);
    Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
    return new ImpreciseTime(text, start, start.plusSeconds(86_400).minusNanos(1));
  }

  /**
   * The earliest instant this value allows, or empty when it is unbounded below.
   *
   * @return the earliest instant
   */
  public Optional<Instant> earliest() {
    return Optional.ofNullable(earliest);
  }

  /**
   * The latest instant this value allows, or empty when it is unbounded above.
   *
   * @return the latest instant
   */
  public Optional<Instant> latest() {
    return Optional.ofNullable(latest);
  }

  /**
   * The canonical EDTF text of this value.
   *
   * @return the text
   */
  public String toEdtf() {
    return text;
  }

  @Override
  public int compareTo(ImpreciseTime other) {
    return text.compareTo(other.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImpreciseTime other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
