package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Unit;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonToken;

/** Reads the values that live inside others: times, quotes, quantities, hops and chains. */
final class ValueReaders {
  private ValueReaders() {}

  /** The fields a coordinates must give. */
  private static final List<String> COORDINATES_REQUIRED = List.of("latitude", "longitude");

  static Coordinates coordinates(JsonCursor in, DatasetPath path) {
    double[] degrees = {Double.NaN, Double.NaN};
    List<String> required = COORDINATES_REQUIRED;
    return in.object(
        path,
        Coordinates.class,
        required,
        (name, at) -> {
          switch (name) {
            case "latitude" -> degrees[0] = in.number(at);
            case "longitude" -> degrees[1] = in.number(at);
            default -> {
              return false;
            }
          }
          return true;
        },
        () -> new Coordinates(degrees[0], degrees[1]));
  }

  /** The fields a identifier must give. */
  private static final List<String> IDENTIFIER_REQUIRED = List.of("scheme", "value");

  static Identifier identifier(JsonCursor in, DatasetPath path) {
    String[] parts = new String[2];
    List<String> required = IDENTIFIER_REQUIRED;
    return in.object(
        path,
        Identifier.class,
        required,
        (name, at) -> {
          switch (name) {
            case "scheme" -> parts[0] = in.string(at);
            case "value" -> parts[1] = in.string(at);
            default -> {
              return false;
            }
          }
          return true;
        },
        () -> Identifier.of(parts[0], parts[1]));
  }

  /** The fields a bound must give. */
  private static final List<String> BOUND_REQUIRED = List.of("value", "inclusive");

  static Bound bound(JsonCursor in, DatasetPath path) {
    BigDecimal[] value = new BigDecimal[1];
    Boolean[] inclusive = new Boolean[1];
    List<String> required = BOUND_REQUIRED;
    return in.object(
        path,
        Bound.class,
        required,
        (name, at) -> {
          switch (name) {
            case "value" -> value[0] = DecimalReader.decimal(in, at);
            case "inclusive" -> inclusive[0] = in.bool(at);
            default -> {
              return false;
            }
          }
          return true;
        },
        () -> new Bound(value[0], inclusive[0]));
  }

  static Unit unit(JsonCursor in, DatasetPath path) {
    Unit[] unit = new Unit[1];
    return in.object(
        path,
        Unit.class,
        List.of(),
        (name, at) -> {
          switch (name) {
            case "currency" -> {
              unit[0] = oneUnit(in, at, unit[0], in.shared(at, Unit.class, in.shared().currencies));
            }
            case "count" ->
                unit[0] = oneUnit(in, at, unit[0], in.shared(at, Unit.class, in.shared().counts));
            default -> {
              return false;
            }
          }
          return true;
        },
        () -> {
          if (unit[0] == null) {
            throw new IllegalArgumentException("give the unit as \"currency\" or as \"count\"");
          }
          return unit[0];
        });
  }

  private static Unit oneUnit(JsonCursor in, DatasetPath at, Unit earlier, Unit unit) {
    if (earlier != null) {
      throw Problems.at(
          in.parser(), Unit.class, at, "a unit is either a currency or a count, not both");
    }
    return unit;
  }

  /** The fields a timeMention must give. */
  private static final List<String> TIME_MENTION_REQUIRED = List.of("edtf");

  static TimeMention timeMention(JsonCursor in, DatasetPath path) {
    TimeMention.Builder b = new TimeMention.Builder();
    List<String> required = TIME_MENTION_REQUIRED;
    return in.object(
        path,
        TimeMention.class,
        required,
        (name, at) -> {
          switch (name) {
            case "edtf" -> b.value(Scalars.edtf(in, at));
            case "asWritten" -> b.asWritten(in.sharedText(at));
            case "inferred" -> b.inferred(in.bool(at));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a quote must give. */
  private static final List<String> QUOTE_REQUIRED = List.of("source", "exact");

  static Quote quote(JsonCursor in, DatasetPath path) {
    Quote.Builder b = new Quote.Builder();
    List<String> required = QUOTE_REQUIRED;
    return in.object(
        path,
        Quote.class,
        required,
        (name, at) -> {
          switch (name) {
            case "source" -> b.source(in.shared(at, SourceId.class, in.shared().sources));
            case "exact" -> b.exact(in.recentText(at));
            case "prefix" -> b.prefix(in.recentText(at));
            case "suffix" -> b.suffix(in.recentText(at));
            case "start" -> b.start(in.integer(at));
            case "end" -> b.end(in.integer(at));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a quantity must give. */
  private static final List<String> QUANTITY_REQUIRED = List.of("name", "unit");

  static Quantity quantity(JsonCursor in, DatasetPath path) {
    Quantity.Builder b = new Quantity.Builder();
    List<String> required = QUANTITY_REQUIRED;
    return in.object(
        path,
        Quantity.class,
        required,
        (name, at) -> {
          switch (name) {
            case "name" -> b.name(in.sharedText(at));
            case "estimate" -> b.estimate(DecimalReader.decimal(in, at));
            case "lower" -> b.lower(bound(in, at));
            case "upper" -> b.upper(bound(in, at));
            case "approximate" -> b.approximate(in.bool(at));
            case "unit" -> b.unit(unit(in, at));
            case "asWritten" -> b.asWritten(in.sharedText(at));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** The fields a hop must give. */
  private static final List<String> HOP_REQUIRED = List.of("actor", "mode", "commitment");

  static Hop hop(JsonCursor in, DatasetPath path) {
    Hop.Builder b = new Hop.Builder();
    List<String> required = HOP_REQUIRED;
    return in.object(
        path,
        Hop.class,
        required,
        (name, at) -> {
          switch (name) {
            case "actor" -> b.actor(in.shared(at, ActorId.class, in.shared().actors));
            case "source" -> b.source(in.shared(at, SourceId.class, in.shared().sources));
            case "cue" -> b.cue(in.sharedText(at));
            case "mode" -> b.mode(Scalars.enumValue(in, at, ReportingMode.class));
            case "commitment" -> b.commitment(Scalars.enumValue(in, at, Commitment.class));
            case "likelihood" -> b.likelihood(Scalars.enumValue(in, at, Likelihood.class));
            case "time" -> b.time(timeMention(in, at));
            case "inferred" -> b.inferred(in.bool(at));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }

  /** Reads a chain: an array of hops, outermost first. */
  static Chain chain(JsonCursor in, DatasetPath path) {
    Chain.Builder b = new Chain.Builder();
    if (in.token() != JsonToken.START_ARRAY) {
      throw Problems.wrongToken(in.parser(), Chain.class, path, "an array of hops");
    }
    int[] count = {0};
    in.array(
        path,
        at -> {
          b.addHops(hop(in, at));
          count[0]++;
        });
    if (count[0] == 0) {
      throw Problems.at(
          in.parser(),
          Chain.class,
          path,
          "a chain needs at least one hop, from the reporter to the origin");
    }
    return in.build(path, Chain.class, b::build);
  }

  /** The fields a affiliation must give. */
  private static final List<String> AFFILIATION_REQUIRED = List.of("organization");

  static Affiliation affiliation(JsonCursor in, DatasetPath path) {
    Affiliation.Builder b = new Affiliation.Builder();
    List<String> required = AFFILIATION_REQUIRED;
    return in.object(
        path,
        Affiliation.class,
        required,
        (name, at) -> {
          switch (name) {
            case "organization" -> b.organization(in.shared(at, ActorId.class, in.shared().actors));
            case "role" -> b.role(in.sharedText(at));
            case "period" -> b.period(Scalars.edtf(in, at));
            default -> {
              return false;
            }
          }
          return true;
        },
        b::build);
  }
}
