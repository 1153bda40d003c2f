package dev.hearsay.core.timeline;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.time.ImpreciseTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The events of a dataset in the order in which they happened, as far as their vague times tell,
 * with the places where the order cannot be told made visible.
 *
 * <pre>{@code
 * Timeline timeline = Timeline.of(dataset);
 * for (TimelineEntry entry : timeline.entries()) {
 *   String mark = entry.orderUndetermined() ? " (order open: " + entry.overlaps() + ")" : "";
 *   System.out.println(entry.time().map(ImpreciseTime::toEdtf).orElse("undated") + " "
 *       + entry.event().description() + mark);
 * }
 * Timeline known = timeline.asOf(ImpreciseTime.parse("2024-10-26"));
 * Timeline lateOctober = timeline.between(
 *     ImpreciseTime.parse("2024-10-27"), ImpreciseTime.parse("2024-10-31"));
 * }</pre>
 *
 * <p><b>Order.</b> Entries are in the natural order of their events' times ({@link
 * ImpreciseTime#DISPLAY_ORDER}): each at the first instant known of its time, the earliest or,
 * for a time with no bound below, the latest, so that "since August" comes before October 25 and
 * "by October 28" after October 27-28. Events with equal times are in the dataset's order, and
 * events without a time last, in the dataset's order. The order between two entries is
 * determined only when their time ranges do not overlap: two ranges overlap when neither ends, at
 * its latest instant, before the other begins, at its earliest, both ends inclusive and an
 * unbounded end reaching infinitely far. Each entry lists the others it overlaps. Undated entries
 * overlap nothing: their place at the end says nothing about when they happened.
 *
 * <p><b>As of.</b> An event is known as of a time when at least one of the claims that speak of it
 * had been said by then, by the rule of {@link ProvenanceIndex#asOf(Instant)}: a claim counts as
 * said by a time when its earliest possible utterance or publication is not after the latest
 * instant of that time. Undated claims, and events no claim speaks of, are kept: nothing shows that
 * they were not known.
 *
 * <p><b>Cost.</b> Building a timeline takes the number of its events plus two sorts of them,
 * however many of them overlap; {@link TimelineEntry#orderUndetermined} answers in constant time,
 * {@link TimelineEntry#overlaps} lists an entry's overlaps when asked, and {@link
 * TimelineEntry#claims} finds an entry's claims in the dataset the first time it is asked. {@link #between} takes
 * the entries kept plus their sort; {@link #asOf} builds a new dataset and its timeline. A
 * timeline is immutable and safe to use from many threads.
 */
public final class Timeline {
  private final ProvenanceIndex index;
  private final List<TimelineEntry> entries;
  private final Map<EventId, TimelineEntry> byEvent;

  /** Overlaps among the dated entries, which come first, by their positions. */
  private final Overlaps overlaps;

  private Timeline(ProvenanceIndex index, List<Event> events) {
    this.index = index;
    List<Event> dated = new ArrayList<>();
    List<Event> undated = new ArrayList<>();
    for (Event event : events) {
      (event.time().isPresent() ? dated : undated).add(event);
    }
    dated.sort(Comparator.comparing(e -> e.time().orElseThrow().value()));
    this.overlaps =
        Overlaps.of(dated.stream().map(e -> Span.of(e.time().orElseThrow().value())).toList());
    List<TimelineEntry> entries = new ArrayList<>(events.size());
    dated.forEach(e -> entries.add(entryOf(e, entries.size())));
    undated.forEach(e -> entries.add(entryOf(e, entries.size())));
    this.entries = List.copyOf(entries);
    Map<EventId, TimelineEntry> byEvent = new HashMap<>(entries.size() * 4 / 3 + 1);
    entries.forEach(e -> byEvent.putIfAbsent(e.event().id(), e));
    this.byEvent = byEvent;
  }

  /**
   * The timeline of a dataset's events.
   *
   * @param dataset the dataset
   * @return the timeline
   */
  public static Timeline of(Dataset dataset) {
    return of(ProvenanceIndex.of(Objects.requireNonNull(dataset, "dataset")));
  }

  /**
   * The timeline of the events of an indexed dataset.
   *
   * @param index the index of the dataset
   * @return the timeline
   */
  public static Timeline of(ProvenanceIndex index) {
    Objects.requireNonNull(index, "index");
    return new Timeline(index, index.dataset().events());
  }

  /**
   * The entries in display order.
   *
   * @return the entries
   */
  public List<TimelineEntry> entries() {
    return entries;
  }

  /**
   * The entry of an event, found in constant time.
   *
   * @param event the event's id
   * @return the entry, or empty when the timeline has none for that event
   */
  public Optional<TimelineEntry> entry(EventId event) {
    return Optional.ofNullable(byEvent.get(Objects.requireNonNull(event, "event")));
  }

  /**
   * The entries whose time range intersects the range from the earliest instant of {@code from}
   * to the latest instant of {@code to}, both inclusive, as a timeline of their own: overlaps are
   * among the kept entries only. Undated entries are left out.
   *
   * @param from the start of the range; an unbounded start reaches infinitely far back
   * @param to the end of the range; an unbounded end reaches infinitely far ahead
   * @return the entries in the range
   * @throws IllegalArgumentException when the range ends before it begins
   */
  public Timeline between(ImpreciseTime from, ImpreciseTime to) {
    Span range = new Span(from.earliest(), to.latest());
    if (Span.endsBefore(range.latest(), range.earliest())) {
      throw new IllegalArgumentException(
          "Timeline.between: the range from " + from + " to " + to + " ends before it begins");
    }
    List<Event> kept = new ArrayList<>();
    for (TimelineEntry entry : entries) {
      if (entry.time().isPresent() && Span.of(entry.time().get()).overlaps(range)) {
        kept.add(entry.event());
      }
    }
    return new Timeline(index, kept);
  }

  /**
   * What had been reported by an instant: the events known then, each with the claims said by
   * then.
   *
   * @param time the instant
   * @return the timeline as of that instant
   */
  public Timeline asOf(Instant time) {
    return of(ProvenanceIndex.of(index.asOf(time)));
  }

  /**
   * What had been reported by a time: {@link #asOf(Instant)} at the time's latest instant, or
   * this timeline's content when the time has no latest instant.
   *
   * @param time the time, such as {@code 2024-10-26} for "by the end of October 26"
   * @return the timeline as of that time
   */
  public Timeline asOf(ImpreciseTime time) {
    return of(ProvenanceIndex.of(index.asOf(time)));
  }

  boolean orderUndetermined(int position) {
    return isDated(position) && overlaps.any(position);
  }

  List<EventId> overlaps(int position) {
    if (!isDated(position)) {
      return List.of();
    }
    return List.copyOf(
        Arrays.stream(overlaps.of(position)).mapToObj(i -> entries.get(i).event().id()).toList());
  }

  private boolean isDated(int position) {
    return entries.get(position).event().time().isPresent();
  }

  private TimelineEntry entryOf(Event event, int position) {
    return new TimelineEntry(event, this, position);
  }

  /** The claims of an event, found in the dataset when an entry is first asked for them. */
  List<Claim> claimsOf(Event event) {
    Dataset dataset = index.dataset();
    List<ClaimId> ids = event.claims();
    Claim[] claims = new Claim[ids.size()];
    for (int i = 0; i < claims.length; i++) {
      claims[i] = dataset.claim(ids.get(i)).orElseThrow();
    }
    return List.of(claims);
  }
}
