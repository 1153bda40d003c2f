package dev.hearsay.spark;

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
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** What the executors take out of each dataset for the joins: the things it holds. */
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

  private Extract() {}

  static Iterator<Row> entities(Row line) {
    String id = line.getAs("id");
    int file = line.getAs("fileIndex");
    int at = line.getAs("line");
    Dataset dataset = Json.read(line.getAs("json"));
    List<Row> rows = new ArrayList<>();
    int position = 0;
    for (Actor a : dataset.actors()) {
      rows.add(
          RowFactory.create(
              id,
              "actor",
              a.id().value(),
              a.anonymous(),
              ids(a.identifiers()),
              file,
              at,
              position++));
    }
    for (Source s : dataset.sources()) {
      rows.add(
          RowFactory.create(
              id, "source", s.id().value(), false, ids(s.identifiers()), file, at, position++));
    }
    for (Place p : dataset.places()) {
      rows.add(
          RowFactory.create(
              id, "place", p.id().value(), false, ids(p.identifiers()), file, at, position++));
    }
    return rows.iterator();
  }

  static Iterator<Row> claims(Row line) {
    String id = line.getAs("id");
    int file = line.getAs("fileIndex");
    int at = line.getAs("line");
    List<Row> rows = new ArrayList<>();
    List<Claim> claims = Json.read(line.getAs("json")).claims();
    for (int i = 0; i < claims.size(); i++) {
      rows.add(RowFactory.create(id, claims.get(i).id().value(), file, at, i));
    }
    return rows.iterator();
  }

  static Iterator<Row> duplicates(Row line) {
    String id = line.getAs("id");
    List<Row> rows = new ArrayList<>();
    for (Relation r : Json.read(line.getAs("json")).relations()) {
      if (r.kind() == RelationKind.DUPLICATES) {
        rows.add(RowFactory.create(id, r.from().value(), r.to().value()));
      }
    }
    return rows.iterator();
  }

  private static scala.collection.immutable.Seq<Row> ids(List<Identifier> identifiers) {
    return Seqs.of(
        identifiers.stream().map(i -> RowFactory.create(i.scheme(), i.value())).toList());
  }

  static Iterator<Row> held(Row line) {
    String id = line.getAs("id");
    Dataset dataset = Json.read(line.getAs("json"));
    List<Row> rows = new ArrayList<>();
    for (Actor a : dataset.actors()) {
      rows.add(RowFactory.create(id, "actor", a.id().value()));
    }
    for (Source s : dataset.sources()) {
      rows.add(RowFactory.create(id, "source", s.id().value()));
    }
    for (Place p : dataset.places()) {
      rows.add(RowFactory.create(id, "place", p.id().value()));
    }
    for (Claim c : dataset.claims()) {
      rows.add(RowFactory.create(id, "claim", c.id().value()));
    }
    for (Event e : dataset.events()) {
      rows.add(RowFactory.create(id, "event", e.id().value()));
    }
    return rows.iterator();
  }
}
