package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.Credibility;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetHeader;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventId;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.time.ImpreciseTime;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * Fuzzes every way of reading JSON: a dataset document, each single type, and the stream reader.
 * Only Jackson exceptions may escape; no input may hang, overflow the stack or run out of memory.
 * What reads must write back to JSON that reads to an equal value.
 *
 * <p>With the normal tests each method replays its inputs under {@code JsonFuzzTestInputs/<method>}
 * in the test resources; {@code docs/robustness.md} says how to fuzz for longer.
 */
class JsonFuzzTest {
  /** The types {@link #singleValue} reads, chosen by the first byte of the input. */
  static final List<Class<?>> TYPES =
      List.of(
          Claim.class,
          Actor.class,
          Source.class,
          Event.class,
          Relation.class,
          Place.class,
          DatasetMetadata.class,
          Affiliation.class,
          Coordinates.class,
          Quote.class,
          Quantity.class,
          Bound.class,
          Unit.class,
          CurrencyUnit.class,
          CountUnit.class,
          Chain.class,
          Hop.class,
          TimeMention.class,
          ImpreciseTime.class,
          Violation.class,
          ActorId.class,
          SourceId.class,
          PlaceId.class,
          ClaimId.class,
          EventId.class,
          Reliability.class,
          Credibility.class,
          Dataset.class);

  @FuzzTest(maxDuration = "5m")
  void dataset(byte[] input) {
    Dataset dataset;
    try {
      dataset = Json.MAPPER.readValue(input, Dataset.class);
    } catch (JacksonException e) {
      return;
    }
    String json = Json.MAPPER.writeValueAsString(dataset);
    assertSameContent(Json.MAPPER.readValue(json, Dataset.class), dataset);
  }

  /** Equal but for the schema version, which the writer always writes as its own. */
  private static void assertSameContent(Dataset read, Dataset written) {
    assertThat(read.schemaVersion()).isEqualTo(Dataset.SCHEMA_VERSION);
    assertThat(read.metadata()).isEqualTo(written.metadata());
    assertThat(read.actors()).isEqualTo(written.actors());
    assertThat(read.places()).isEqualTo(written.places());
    assertThat(read.sources()).isEqualTo(written.sources());
    assertThat(read.claims()).isEqualTo(written.claims());
    assertThat(read.events()).isEqualTo(written.events());
    assertThat(read.relations()).isEqualTo(written.relations());
  }

  /** The first byte picks the type (modulo the number of types); the rest is the JSON. */
  @FuzzTest(maxDuration = "5m")
  void singleValue(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Class<?> type = TYPES.get(Byte.toUnsignedInt(input[0]) % TYPES.size());
    byte[] json = Arrays.copyOfRange(input, 1, input.length);
    Object value;
    try {
      value = Json.MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      return;
    }
    if (value == null) {
      return; // the JSON is "null"
    }
    String written = Json.MAPPER.writeValueAsString(value);
    Object read = Json.MAPPER.readValue(written, type);
    if (value instanceof Dataset dataset) {
      assertSameContent((Dataset) read, dataset);
    } else {
      assertThat(read).isEqualTo(value);
    }
  }

  /** A document the stream reader takes whole reads to the same dataset as the mapper. */
  @FuzzTest(maxDuration = "5m")
  void stream(byte[] input) {
    DatasetHeader header;
    List<Claim> claims = new ArrayList<>();
    List<Event> events;
    List<Relation> relations;
    try (DatasetStreamReader reader =
        DatasetStreamReader.open(Json.MAPPER, new ByteArrayInputStream(input))) {
      header = reader.header();
      while (reader.hasNextClaim()) {
        claims.add(reader.nextClaim());
      }
      events = reader.events();
      relations = reader.relations();
    } catch (JacksonException e) {
      return;
    }
    Dataset whole = Json.MAPPER.readValue(input, Dataset.class);
    assertThat(whole.metadata()).isEqualTo(header.metadata());
    assertThat(whole.actors()).isEqualTo(header.actors());
    assertThat(whole.sources()).isEqualTo(header.sources());
    assertThat(whole.places()).isEqualTo(header.places());
    assertThat(whole.claims()).isEqualTo(claims);
    assertThat(whole.events()).isEqualTo(events);
    assertThat(whole.relations()).isEqualTo(relations);
  }
}
