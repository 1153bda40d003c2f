package dev.hearsay.jackson;

import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Violations;
import dev.hearsay.jackson.internal.DatasetField;
import dev.hearsay.jackson.internal.read.DocumentParts;
import dev.hearsay.jackson.internal.read.Utf8CheckedStream;
import dev.hearsay.jackson.internal.read.Utf8Checks;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.base.DecorableTSFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;

/**
 * Reads a dataset document one claim at a time, holding no claim longer than the caller does.
 *
 * <p>The document is the one {@link HearsayModule} writes, in its order: {@code schemaVersion}
 * first, then {@code metadata}, {@code actors}, {@code places} and {@code sources} (the header,
 * held in memory and checked as a whole), then {@code claims}, each read and checked when asked
 * for, then {@code events}, {@code relations} and {@code assessments}. A field out of that order
 * is refused. (The whole-document reader of {@link HearsayModule} takes the fields in any order.)
 *
 * <p>Each claim is checked before it is handed over: its own values, its references to the
 * header's actors, places and sources, the order of its hops' times, and that its id is new.
 * Events are checked as they are read; relations, whose cycles need them all, and assessments
 * when the document ends. Failures are Jackson exceptions, as with {@link HearsayModule}: the
 * problems of the header come together, and the reader stops at the first claim, event or
 * relation with a problem, with an {@link InvalidDatasetException} that lists every problem of
 * that value.
 *
 * <p>Memory does not grow with the claims. The reader holds the header; the ids of the last
 * million claims and events read (about 21 bytes each for ids of eight characters), the earlier
 * ones written to temporary files as sorted runs, merged into one sorted file when the claims (or
 * events) end and looked up there a page at a time; and the relations and assessments, which
 * {@link #relations()} and {@link #assessments()} hand back whole (the relations' checks read
 * that same list). Events taken one at a time ({@link #hasNextEvent()}, {@link
 * #nextEvent()}) cost nothing once the next is read; otherwise {@link #events()} holds them all,
 * and so do {@link #relations()}, {@link #assessments()} and {@link #finish()}, which keep them
 * for it.
 *
 * <p>An id that repeats one still in memory fails its claim or event at once; one that repeats an
 * id already written to disk is found when its list ends, by the call that reads past the last
 * claim (or event), with the same path and message ({@code claims[i].id}, "already used by
 * claims[j]"). The temporary files go in the directory of {@code java.io.tmpdir}; {@link
 * #close()} deletes them, whether reading completed or failed, so close the reader (with
 * try-with-resources) even after an exception.
 *
 * <p>The rest of the document is checked by {@link #events()}, {@link #relations()}, {@link
 * #finish()} or {@link #close()}: the events, the relations, the end of the document, and that
 * nothing follows it. {@link #close()} checks it when every claim has been read and nothing has
 * failed, and throws on a violation; a reader closed before its last claim reads no further and
 * vouches for nothing beyond what it handed over.
 *
 * <pre>{@code
 * try (DatasetStreamReader reader = DatasetStreamReader.open(mapper, in)) {
 *   DatasetHeader header = reader.header();
 *   while (reader.hasNextClaim()) {
 *     index(reader.nextClaim());
 *   }
 *   while (reader.hasNextEvent()) {
 *     index(reader.nextEvent());
 *   }
 *   List<Relation> relations = reader.relations();
 * } // close() checks whatever was not read yet
 * }</pre>
 */
public final class DatasetStreamReader implements AutoCloseable {
  private final JsonParser parser;
  private final DocumentParts parts;
  private final DatasetHeader header;
  private final StreamRules rules;
  private final List<Relation> relations = new ArrayList<>();
  private final List<Assessment> assessments = new ArrayList<>();
  private boolean inClaims;
  private boolean finished;
  private boolean failed;
  private Claim next;

  /** Where the events stand: not reached, being read, or behind. */
  private enum Events {
    AHEAD,
    READING,
    BEHIND
  }

  private Events eventsState = Events.AHEAD;
  private Event nextEvent;

  /** Whether an event has been handed over by {@link #nextEvent()}. */
  private boolean eventsHanded;

  /** Whether an event was read and dropped, after {@link #nextEvent()} or by {@link #close()}. */
  private boolean eventsPassedOver;

  /** The events {@link #events()} read, or null when it was not called. */
  private List<Event> eventList;

  private DatasetStreamReader(JsonParser parser, IdSpill spill) {
    this.parser = parser;
    if (!(parser.objectReadContext() instanceof DeserializationContext ctxt)) {
      throw new IllegalArgumentException("the parser was not created by an ObjectMapper");
    }
    this.parts = new DocumentParts(parser, ctxt);
    this.header = readHeader();
    this.rules = new StreamRules(header, parts.maxProblems(), spill);
  }

  /**
   * Opens a dataset document and reads its header.
   *
   * @param mapper the mapper whose configuration applies, such as its read limits and whether
   *     unknown fields fail; it need not have {@link HearsayModule} registered
   * @param in the document, as UTF-8, UTF-16 or UTF-32 JSON; closed by {@link #close()}
   * @return the reader, positioned before the first claim
   * @throws JacksonException when the header cannot be read or breaks a rule
   */
  public static DatasetStreamReader open(ObjectMapper mapper, InputStream in) {
    return open(mapper.createParser(checked(mapper.tokenStreamFactory(), in)));
  }

  /**
   * Opens a dataset document and reads its header.
   *
   * @param mapper the mapper whose configuration applies
   * @param in the document; closed by {@link #close()}
   * @return the reader, positioned before the first claim
   * @throws JacksonException when the header cannot be read or breaks a rule
   */
  public static DatasetStreamReader open(ObjectMapper mapper, Reader in) {
    return open(mapper.createParser(in));
  }

  /**
   * Opens a dataset document and reads its header, with the configuration of an object reader,
   * such as its attributes ({@link HearsayModule#MAX_PROBLEMS}).
   *
   * @param reader the object reader whose configuration applies
   * @param in the document, as UTF-8, UTF-16 or UTF-32 JSON; closed by {@link #close()}
   * @return the reader, positioned before the first claim
   * @throws JacksonException when the header cannot be read or breaks a rule
   */
  public static DatasetStreamReader open(ObjectReader reader, InputStream in) {
    return open(reader.createParser(checked(reader.parserFactory(), in)));
  }

  /** The input, to be checked for UTF-8 unless the factory checks it already. */
  private static InputStream checked(TokenStreamFactory factory, InputStream in) {
    boolean checks =
        factory instanceof DecorableTSFactory decorable
            && decorable.getInputDecorator() instanceof Utf8Checks;
    return checks ? in : new Utf8CheckedStream(in);
  }

  /** Opens a reader whose ids go to disk as {@code spill} says; for tests. */
  static DatasetStreamReader open(ObjectMapper mapper, InputStream in, IdSpill spill) {
    return open(mapper.createParser(checked(mapper.tokenStreamFactory(), in)), spill);
  }

  private static DatasetStreamReader open(JsonParser parser) {
    return open(parser, IdSpill.defaults());
  }

  private static DatasetStreamReader open(JsonParser parser, IdSpill spill) {
    try {
      return new DatasetStreamReader(parser, spill);
    } catch (RuntimeException e) {
      parser.close();
      throw e;
    }
  }

  /**
   * The header: the document's schema version, metadata, actors, places and sources.
   *
   * @return the header, which keeps every rule that concerns it alone
   */
  public DatasetHeader header() {
    return header;
  }

  /**
   * Whether another claim follows; reads and checks it.
   *
   * @return true when {@link #nextClaim()} has a claim to return
   * @throws JacksonException when the claim cannot be read or breaks a rule
   */
  public boolean hasNextClaim() {
    if (next != null) {
      return true;
    }
    if (!inClaims) {
      return false;
    }
    try {
      if (!parts.nextElement()) {
        inClaims = false;
        check(rules.endClaims());
        return false;
      }
      Claim claim = parts.claim();
      check(rules.claim(claim));
      next = claim;
      return true;
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  /**
   * The next claim, checked.
   *
   * @return the claim
   * @throws NoSuchElementException when no claim is left
   * @throws JacksonException when the claim cannot be read or breaks a rule
   */
  public Claim nextClaim() {
    if (!hasNextClaim()) {
      throw new NoSuchElementException("the dataset has no more claims");
    }
    Claim claim = next;
    next = null;
    return claim;
  }

  /**
   * Whether another event follows the claims; reads and checks it. Events handed over this way
   * are held no longer than the caller holds them.
   *
   * @return true when {@link #nextEvent()} has an event to return
   * @throws IllegalStateException when claims are left unread
   * @throws JacksonException when the event cannot be read or breaks a rule
   */
  public boolean hasNextEvent() {
    requireEveryClaimRead();
    return nextEventRead();
  }

  /**
   * The next event, checked against the header and the claims' ids.
   *
   * @return the event
   * @throws NoSuchElementException when no event is left
   * @throws IllegalStateException when claims are left unread
   * @throws JacksonException when the event cannot be read or breaks a rule
   */
  public Event nextEvent() {
    if (!hasNextEvent()) {
      throw new NoSuchElementException("the dataset has no more events");
    }
    Event event = nextEvent;
    nextEvent = null;
    eventsHanded = true;
    return event;
  }

  /**
   * The events, read after the last claim, all held in memory together; to take them one at a
   * time instead, use {@link #hasNextEvent()} and {@link #nextEvent()} before {@link
   * #relations()}, {@link #assessments()} or {@link #finish()}, which otherwise keep the events
   * for this method. Reads the rest of the document on the first call.
   *
   * @return the events, each checked against the header and the claims' ids
   * @throws IllegalStateException when claims are left unread, or when {@link #nextEvent()} has
   *     handed events over
   * @throws JacksonException when the rest of the document cannot be read or breaks a rule
   */
  public List<Event> events() {
    requireEveryClaimRead();
    keepEvents();
    finish();
    return eventList;
  }

  /** Reads the events not taken yet into {@link #eventList}, unless that is done already. */
  private void keepEvents() {
    if (eventList != null) {
      return;
    }
    if (eventsHanded || eventsPassedOver) {
      throw new IllegalStateException(
          "the events were handed over one at a time by nextEvent(); events() has only those"
              + " that are left, through hasNextEvent() and nextEvent()");
    }
    List<Event> read = new ArrayList<>();
    while (nextEventRead()) {
      read.add(nextEvent);
      nextEvent = null;
    }
    eventList = List.copyOf(read);
  }

  /**
   * The relations between claims, read after the last claim. Reads the rest of the document on
   * the first call.
   *
   * @return the relations, checked together
   * @throws IllegalStateException when claims are left unread
   * @throws JacksonException when the rest of the document cannot be read or breaks a rule
   */
  public List<Relation> relations() {
    requireEveryClaimRead();
    finish();
    return List.copyOf(relations);
  }

  /**
   * The assessments of claims, read after the relations. Reads the rest of the document on the
   * first call.
   *
   * @return the assessments, checked together
   * @throws IllegalStateException when claims are left unread
   * @throws JacksonException when the rest of the document cannot be read or breaks a rule
   */
  public List<Assessment> assessments() {
    requireEveryClaimRead();
    finish();
    return List.copyOf(assessments);
  }

  /**
   * Reads and checks the rest of the document: the claims not read yet (checked, then dropped),
   * the events, the relations, the assessments, the end of the document and that nothing follows
   * it. The events not taken are kept for {@link #events()}, as are the relations and the
   * assessments, unless {@link #nextEvent()} has handed one over: then the rest are checked and
   * dropped. Does nothing when the rest was read already.
   *
   * @throws JacksonException when the rest of the document cannot be read or breaks a rule
   */
  public void finish() {
    finish(!eventsHanded);
  }

  private void finish(boolean keepingEvents) {
    if (finished) {
      return;
    }
    try {
      while (hasNextClaim()) {
        next = null;
      }
      if (keepingEvents && !eventsPassedOver) {
        keepEvents();
      }
      while (nextEventRead()) {
        nextEvent = null;
        eventsPassedOver = true;
      }
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  /**
   * Checks the rest of the document, as {@link #finish()} does, when every claim has been read
   * and nothing has failed; then closes the parser and, as the mapper's configuration says, the
   * input. The parser is closed in every case.
   *
   * @throws JacksonException when the rest of the document cannot be read or breaks a rule
   */
  @Override
  public void close() {
    try {
      if (!finished && !failed && next == null && !inClaims) {
        finish(false);
      }
    } finally {
      try {
        parser.close();
      } finally {
        rules.close();
      }
    }
  }

  private void requireEveryClaimRead() {
    if (hasNextClaim()) {
      throw new IllegalStateException("read every claim before the events and relations");
    }
  }

  private DatasetHeader readHeader() {
    DatasetHeader read = parts.header();
    DatasetField field = parts.field();
    if (field == DatasetField.CLAIMS) {
      parts.beginList();
      inClaims = true;
    } else if (field == null) {
      parts.end();
      finished = true;
    }
    return read;
  }

  /**
   * Reads the next event into {@link #nextEvent}, first reading the relations and assessments
   * that come before the events, if any; at the end of the events, reads the rest of the
   * document and checks it.
   */
  private boolean nextEventRead() {
    if (nextEvent != null) {
      return true;
    }
    if (eventsState == Events.BEHIND || finished) {
      return false;
    }
    try {
      if (eventsState == Events.AHEAD) {
        check(rules.endClaims());
        // after the claims, the next field; else the one that followed the header
        DatasetField first =
            parts.field() == DatasetField.CLAIMS ? parts.nextField() : parts.field();
        if (keptUntilEvents(first) == DatasetField.EVENTS) {
          parts.beginList();
          eventsState = Events.READING;
        } else {
          eventsState = Events.BEHIND;
          end();
          return false;
        }
      }
      if (parts.nextElement()) {
        Event event = parts.event();
        check(rules.event(event));
        nextEvent = event;
        return true;
      }
      eventsState = Events.BEHIND;
      check(rules.endEvents());
      DatasetField after = keptUntilEvents(parts.nextField());
      if (after != null) {
        throw parts.outOfStreamOrder(after);
      }
      end();
      return false;
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  /**
   * Reads and keeps the relations and assessments from {@code field} on, up to the events or the
   * end of the document.
   *
   * @return the events' field, or null at the end of the document
   */
  private DatasetField keptUntilEvents(DatasetField field) {
    for (; field != null && field != DatasetField.EVENTS; field = parts.nextField()) {
      switch (field) {
        case RELATIONS -> {
          parts.beginList();
          while (parts.nextElement()) {
            relations.add(parts.relation());
          }
        }
        case ASSESSMENTS -> {
          parts.beginList();
          while (parts.nextElement()) {
            Assessment assessment = parts.assessment();
            rules.assessment(assessment);
            assessments.add(assessment);
          }
        }
        default -> throw parts.outOfStreamOrder(field);
      }
    }
    return field;
  }

  /** Checks the end of the document, then the relations and assessments together. */
  private void end() {
    parts.end();
    finished = true;
    check(rules.endEvents());
    check(rules.finish(relations));
  }

  private void check(Violations violations) {
    parts.check(violations);
  }
}
