package dev.hearsay.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What the joins need of each dataset, the things it holds, taken out once when its line is read
 * and kept beside its JSON, so that no later step parses the dataset again.
 */
final class Extract {
  /** Each actor, source, place, claim and event a dataset holds. */
  static final StructType HELD =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, false);

  private static final StructType IDENTIFIER =
      new StructType()
          .add("scheme", DataTypes.StringType, false)
          .add("value", DataTypes.StringType, false);

  /**
   * Each actor, source and place, with what identity needs: whether it is anonymous, its
   * identifiers, and its place in the corpus's order (the line's, then actors, sources, places,
   * each in the dataset's order).
   */
  static final StructType ENTITIES =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, false)
          .add("anonymous", DataTypes.BooleanType, false)
          .add("identifiers", DataTypes.createArrayType(IDENTIFIER, false), false)
          .add("fileIndex", DataTypes.IntegerType, false)
          .add("line", DataTypes.IntegerType, false)
          .add("position", DataTypes.IntegerType, false);

  /** Each claim, with its place in the corpus's order. */
  static final StructType CLAIMS =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("claim", DataTypes.StringType, false)
          .add("fileIndex", DataTypes.IntegerType, false)
          .add("line", DataTypes.IntegerType, false)
          .add("position", DataTypes.IntegerType, false);

  /** Each {@code duplicates} relation of a dataset. */
  static final StructType DUPLICATES =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("from", DataTypes.StringType, false)
          .add("to", DataTypes.StringType, false);

  /** A thing a dataset holds, as {@link #contents} lists it. */
  static final StructType ENTITY =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, false)
          .add("anonymous", DataTypes.BooleanType, false)
          .add("identifiers", DataTypes.createArrayType(IDENTIFIER, false), false);

  private static final StructType DUPLICATE =
      new StructType()
          .add("from", DataTypes.StringType, false)
          .add("to", DataTypes.StringType, false);

  /**
   * The columns {@link #contents} fills, beside a line's dataset: its actors, sources and places
   * in that order ({@link #ENTITY}), its claims' ids, its {@code duplicates} relations and its
   * events' ids.
   */
  static final StructType CONTENTS =
      new StructType()
          .add("entities", DataTypes.createArrayType(ENTITY, false), true)
          .add("claims", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("duplicates", DataTypes.createArrayType(DUPLICATE, false), true)
          .add("events", DataTypes.createArrayType(DataTypes.StringType, false), true);

  private Extract() {}

  /**
   * What the joins need of a dataset, taken out once, when its line is read: the values of the
   * columns {@link #CONTENTS}, in their order.
   */
  static Object[] contents(Dataset dataset) {
    List<Row> entities = new ArrayList<>();
    for (Actor a : dataset.actors()) {
      entities.add(RowFactory.create("actor", a.id().value(), a.anonymous(), ids(a.identifiers())));
    }
    for (Source s : dataset.sources()) {
      entities.add(RowFactory.create("source", s.id().value(), false, ids(s.identifiers())));
    }
    for (Place p : dataset.places()) {
      entities.add(RowFactory.create("place", p.id().value(), false, ids(p.identifiers())));
    }
    List<String> claims = new ArrayList<>(dataset.claims().size());
    for (Claim c : dataset.claims()) {
      claims.add(c.id().value());
    }
    List<Row> duplicates = new ArrayList<>();
    for (Relation r : dataset.relations()) {
      if (r.kind() == RelationKind.DUPLICATES) {
        duplicates.add(RowFactory.create(r.from().value(), r.to().value()));
      }
    }
    List<String> events = new ArrayList<>(dataset.events().size());
    for (Event e : dataset.events()) {
      events.add(e.id().value());
    }
    return new Object[] {Seqs.of(entities), Seqs.of(claims), Seqs.of(duplicates), Seqs.of(events)};
  }

  /**
   * Each actor, source and place of the datasets, with the columns {@link #ENTITIES}.
   *
   * @param datasets the datasets, with the columns {@link #CONTENTS}
   */
  static org.apache.spark.sql.Dataset<Row> entities(org.apache.spark.sql.Dataset<Row> datasets) {
    return datasets
        .select(
            col("id").as("dataset"),
            col("fileIndex"),
            col("line"),
            posexplode(col("entities")).as(new String[] {"position", "e"}))
        .select(
            col("dataset"),
            col("e.kind").as("kind"),
            col("e.id").as("id"),
            col("e.anonymous").as("anonymous"),
            col("e.identifiers").as("identifiers"),
            col("fileIndex"),
            col("line"),
            col("position"));
  }

  /**
   * Each claim of the datasets, with the columns {@link #CLAIMS}.
   *
   * @param datasets the datasets, with the columns {@link #CONTENTS}
   */
  static org.apache.spark.sql.Dataset<Row> claims(org.apache.spark.sql.Dataset<Row> datasets) {
    return datasets
        .select(
            col("id").as("dataset"),
            col("fileIndex"),
            col("line"),
            posexplode(col("claims")).as(new String[] {"position", "claim"}))
        .select(col("dataset"), col("claim"), col("fileIndex"), col("line"), col("position"));
  }

  /**
   * Each {@code duplicates} relation of the datasets, with the columns {@link #DUPLICATES}.
   *
   * @param datasets the datasets, with the columns {@link #CONTENTS}
   */
  static org.apache.spark.sql.Dataset<Row> duplicates(org.apache.spark.sql.Dataset<Row> datasets) {
    return datasets
        .select(col("id").as("dataset"), explode(col("duplicates")).as("d"))
        .select(col("dataset"), col("d.from").as("from"), col("d.to").as("to"));
  }

  /**
   * Each actor, source, place, claim and event of the datasets, with the columns {@link #HELD}.
   *
   * @param datasets the datasets, with the columns {@link #CONTENTS}
   */
  static org.apache.spark.sql.Dataset<Row> held(org.apache.spark.sql.Dataset<Row> datasets) {
    org.apache.spark.sql.Dataset<Row> entities =
        datasets
            .select(col("id").as("dataset"), explode(col("entities")).as("e"))
            .select(col("dataset"), col("e.kind").as("kind"), col("e.id").as("id"));
    org.apache.spark.sql.Dataset<Row> claims =
        datasets.select(col("id").as("dataset"), lit("claim").as("kind"), explode(col("claims")));
    org.apache.spark.sql.Dataset<Row> events =
        datasets.select(col("id").as("dataset"), lit("event").as("kind"), explode(col("events")));
    return entities.union(claims).union(events);
  }

  private static scala.collection.immutable.Seq<Row> ids(List<Identifier> identifiers) {
    List<Row> rows = new ArrayList<>(identifiers.size());
    for (Identifier i : identifiers) {
      rows.add(RowFactory.create(i.scheme(), i.value()));
    }
    return Seqs.of(rows);
  }
}
