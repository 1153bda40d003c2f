package dev.hearsay.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.TimeMention;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * A corpus laid out as tables for analysts, one row per thing, keyed by the dataset's id and the
 * thing's id, so that Spark SQL can ask what Hearsay does not answer itself. Each table's columns
 * are the constant of its name (docs/spark.md lists them): enumerations are written as the lower
 * case of their Java names, commitments as their FactBank codes ({@code PR+}), times as EDTF
 * texts. Each dataset is read by Hearsay's reader in the executors, once per table.
 *
 * <pre>{@code
 * CorpusTables tables = CorpusTables.of(corpus);
 * tables.hops().groupBy("actor").count().show();
 * tables.write("hdfs:///archive/tables", CorpusTables.NAMES);
 * }</pre>
 */
public final class CorpusTables implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final StructType IDENTIFIER =
      new StructType()
          .add("scheme", DataTypes.StringType, false)
          .add("value", DataTypes.StringType, false);

  /** The columns of {@link #claims()}. */
  public static final StructType CLAIMS =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("claim", DataTypes.StringType, false)
          .add("position", DataTypes.IntegerType, false)
          .add("proposition", DataTypes.StringType, false)
          .add("quote", DataTypes.StringType, true)
          .add("time", DataTypes.StringType, true)
          .add("credibility", DataTypes.IntegerType, true)
          .add("chains", DataTypes.IntegerType, false);

  /** The columns of {@link #hops()}. */
  public static final StructType HOPS =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("claim", DataTypes.StringType, false)
          .add("chain", DataTypes.IntegerType, false)
          .add("hop", DataTypes.IntegerType, false)
          .add("actor", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, true)
          .add("cue", DataTypes.StringType, true)
          .add("mode", DataTypes.StringType, false)
          .add("commitment", DataTypes.StringType, false)
          .add("time", DataTypes.StringType, true)
          .add("origin", DataTypes.BooleanType, false);

  /** The columns of {@link #actors()}. */
  public static final StructType ACTORS =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("actor", DataTypes.StringType, false)
          .add("name", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("anonymous", DataTypes.BooleanType, false)
          .add("identifiers", DataTypes.createArrayType(IDENTIFIER, false), false);

  /** The columns of {@link #sources()}. */
  public static final StructType SOURCES =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, true)
          .add("publisher", DataTypes.StringType, true)
          .add("published", DataTypes.StringType, true)
          .add("locator", DataTypes.StringType, true)
          .add("language", DataTypes.StringType, true)
          .add("identifiers", DataTypes.createArrayType(IDENTIFIER, false), false);

  /** The columns of {@link #claimLinks()}. */
  public static final StructType CLAIM_LINKS =
      new StructType()
          .add("fromDataset", DataTypes.StringType, false)
          .add("fromClaim", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("toDataset", DataTypes.StringType, false)
          .add("toClaim", DataTypes.StringType, false)
          .add("within", DataTypes.BooleanType, false)
          .add("note", DataTypes.StringType, true);

  /** The columns of {@link #identityStatements()}. */
  public static final StructType IDENTITY_STATEMENTS =
      new StructType()
          .add("index", DataTypes.IntegerType, false)
          .add("identity", DataTypes.StringType, false)
          .add("firstDataset", DataTypes.StringType, false)
          .add("firstKind", DataTypes.StringType, false)
          .add("firstId", DataTypes.StringType, false)
          .add("secondDataset", DataTypes.StringType, false)
          .add("secondKind", DataTypes.StringType, false)
          .add("secondId", DataTypes.StringType, false)
          .add("note", DataTypes.StringType, true);

  /** The columns of {@link #assessments()}. */
  public static final StructType ASSESSMENTS =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("claim", DataTypes.StringType, false)
          .add("assessor", DataTypes.StringType, false)
          .add("rating", DataTypes.StringType, false)
          .add("ratingValue", DataTypes.DoubleType, true)
          .add("bestRating", DataTypes.DoubleType, true)
          .add("worstRating", DataTypes.DoubleType, true)
          .add("time", DataTypes.StringType, true)
          .add("source", DataTypes.StringType, false)
          .add("url", DataTypes.StringType, true);

  /** The names of the tables, as {@link #write} takes them and as their directories are named. */
  public static final List<String> NAMES =
      List.of(
          "claims",
          "hops",
          "actors",
          "sources",
          "claim_links",
          "identity_statements",
          "assessments");

  private final transient SparkSession spark;
  private final transient Dataset<Row> datasets;
  private final transient Dataset<Row> claimLinks;
  private final transient Dataset<Row> statements;

  private CorpusTables(
      SparkSession spark, Dataset<Row> datasets, Dataset<Row> claimLinks, Dataset<Row> statements) {
    this.spark = spark;
    this.datasets = datasets;
    this.claimLinks = claimLinks;
    this.statements = statements;
  }

  /**
   * The tables of a corpus read.
   *
   * @param corpus the corpus
   * @return its tables, each computed when asked for
   */
  public static CorpusTables of(CorpusLines corpus) {
    Objects.requireNonNull(corpus, "corpus");
    return new CorpusTables(
        corpus.datasets().sparkSession(),
        corpus.datasets(),
        corpus.claimLinks(),
        corpus.identityStatements());
  }

  /**
   * One row a claim: its {@code position} in its dataset (from 0), its {@code proposition}, the
   * verbatim {@code quote} if any, the {@code time} it is about (EDTF), the {@code credibility}
   * grade (1 to 6) and how many {@code chains} attribute it.
   *
   * @return the table, with the columns {@link #CLAIMS}
   */
  public Dataset<Row> claims() {
    return table(CLAIMS, CorpusTables::claimRows);
  }

  /**
   * One row a hop of a chain: {@code chain} (from 0) and {@code hop} (from 0, the outermost
   * reporter first), the hop's {@code actor} and {@code source}, the {@code cue} as written, the
   * reporting {@code mode}, the {@code commitment} (FactBank code), the {@code time} of the
   * utterance (EDTF) and whether the hop is the chain's {@code origin} (its innermost).
   *
   * @return the table, with the columns {@link #HOPS}
   */
  public Dataset<Row> hops() {
    return table(HOPS, CorpusTables::hopRows);
  }

  /**
   * One row an actor, with its identifiers ({@code scheme}, {@code value}).
   *
   * @return the table, with the columns {@link #ACTORS}
   */
  public Dataset<Row> actors() {
    return table(ACTORS, CorpusTables::actorRows);
  }

  /**
   * One row a source: its kind, title, publisher (an actor's id), publication time (EDTF),
   * locator, language and identifiers.
   *
   * @return the table, with the columns {@link #SOURCES}
   */
  public Dataset<Row> sources() {
    return table(SOURCES, CorpusTables::sourceRows);
  }

  /**
   * One row a relation between two claims: each dataset's own relations ({@code within} true,
   * both ends in the dataset) and the links's claim links across datasets ({@code within} false).
   *
   * @return the table, with the columns {@link #CLAIM_LINKS}
   */
  public Dataset<Row> claimLinks() {
    return table(CLAIM_LINKS, CorpusTables::relationRows)
        .union(
            claimLinks.select(
                col("fromDataset"),
                col("fromClaim"),
                col("kind"),
                col("toDataset"),
                col("toClaim"),
                lit(false).as("within"),
                col("note")));
  }

  /**
   * One row an identity statement of the links, with its {@code index} in the corpus's identity
   * statements (from 0: those of the first links document in the order of the documents' names,
   * then those of the next, each document's in its order), its identity ({@code same}, {@code
   * distinct} or {@code possibly_same}), and the two entities.
   *
   * @return the table, with the columns {@link #IDENTITY_STATEMENTS}
   */
  public Dataset<Row> identityStatements() {
    JavaRDD<Row> indexed =
        statements
            .orderBy("documentIndex", "position")
            .select(
                "identity",
                "firstDataset",
                "firstKind",
                "firstId",
                "secondDataset",
                "secondKind",
                "secondId",
                "note")
            .javaRDD()
            .zipWithIndex()
            .map(CorpusTables::indexed);
    return spark.createDataFrame(indexed, IDENTITY_STATEMENTS);
  }

  /** A row with its index in front. */
  private static Row indexed(Tuple2<Row, Long> row) {
    Object[] values = new Object[row._1().size() + 1];
    values[0] = Math.toIntExact(row._2());
    for (int i = 0; i < row._1().size(); i++) {
      values[i + 1] = row._1().get(i);
    }
    return RowFactory.create(values);
  }

  /**
   * One row a published verdict on a claim: the assessor (an actor's id), the rating as written
   * and on its scale, its time (EDTF), the source that published it and its address.
   *
   * @return the table, with the columns {@link #ASSESSMENTS}
   */
  public Dataset<Row> assessments() {
    return table(ASSESSMENTS, CorpusTables::assessmentRows);
  }

  /**
   * The table of a name in {@link #NAMES}.
   *
   * @param name the name
   * @return the table
   * @throws IllegalArgumentException when no table has that name
   */
  public Dataset<Row> table(String name) {
    return switch (name) {
      case "claims" -> claims();
      case "hops" -> hops();
      case "actors" -> actors();
      case "sources" -> sources();
      case "claim_links" -> claimLinks();
      case "identity_statements" -> identityStatements();
      case "assessments" -> assessments();
      default ->
          throw new IllegalArgumentException("no table '" + name + "'; the tables are " + NAMES);
    };
  }

  /**
   * Writes tables as Parquet, each in a directory of its name under the path, replacing what is
   * there.
   *
   * @param path the directory, in any file system Spark writes to
   * @param names the tables' names, from {@link #NAMES}
   * @return the directory of each table written
   */
  public Map<String, String> write(String path, List<String> names) {
    return Frames.writeParquet(path, names, this::table);
  }

  private Dataset<Row> table(StructType schema, FlatMapFunction<Row, Row> rows) {
    return Frames.flatMap(datasets, rows, schema);
  }

  private static Iterator<Row> claimRows(Row line) {
    String id = line.getAs("id");
    List<Row> rows = new ArrayList<>();
    List<Claim> claims = Json.read(line.getAs("json")).claims();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      rows.add(
          RowFactory.create(
              id,
              c.id().value(),
              i,
              c.proposition(),
              c.quote().map(q -> q.exact()).orElse(null),
              time(c.time()),
              c.credibility().map(cr -> cr.grade()).orElse(null),
              c.attribution().size()));
    }
    return rows.iterator();
  }

  private static Iterator<Row> hopRows(Row line) {
    String id = line.getAs("id");
    List<Row> rows = new ArrayList<>();
    for (Claim c : Json.read(line.getAs("json")).claims()) {
      List<Chain> chains = c.attribution();
      for (int k = 0; k < chains.size(); k++) {
        List<Hop> hops = chains.get(k).hops();
        for (int h = 0; h < hops.size(); h++) {
          Hop hop = hops.get(h);
          rows.add(
              RowFactory.create(
                  id,
                  c.id().value(),
                  k,
                  h,
                  hop.actor().value(),
                  hop.source().map(s -> s.value()).orElse(null),
                  hop.cue().orElse(null),
                  word(hop.mode()),
                  hop.commitment().factBankCode(),
                  time(hop.time()),
                  h == hops.size() - 1));
        }
      }
    }
    return rows.iterator();
  }

  private static Iterator<Row> actorRows(Row line) {
    String id = line.getAs("id");
    List<Row> rows = new ArrayList<>();
    for (Actor a : Json.read(line.getAs("json")).actors()) {
      rows.add(
          RowFactory.create(
              id,
              a.id().value(),
              a.name(),
              word(a.kind()),
              a.anonymous(),
              identifiers(a.identifiers())));
    }
    return rows.iterator();
  }

  private static Iterator<Row> sourceRows(Row line) {
    String id = line.getAs("id");
    List<Row> rows = new ArrayList<>();
    for (Source s : Json.read(line.getAs("json")).sources()) {
      rows.add(
          RowFactory.create(
              id,
              s.id().value(),
              word(s.kind()),
              s.title().orElse(null),
              s.publisher().map(p -> p.value()).orElse(null),
              time(s.published()),
              s.locator().map(Object::toString).orElse(null),
              s.language().orElse(null),
              identifiers(s.identifiers())));
    }
    return rows.iterator();
  }

  private static Iterator<Row> relationRows(Row line) {
    String id = line.getAs("id");
    List<Row> rows = new ArrayList<>();
    for (Relation r : Json.read(line.getAs("json")).relations()) {
      rows.add(
          RowFactory.create(
              id,
              r.from().value(),
              word(r.kind()),
              id,
              r.to().value(),
              true,
              r.note().orElse(null)));
    }
    return rows.iterator();
  }

  private static Iterator<Row> assessmentRows(Row line) {
    String id = line.getAs("id");
    List<Row> rows = new ArrayList<>();
    for (Assessment a : Json.read(line.getAs("json")).assessments()) {
      rows.add(
          RowFactory.create(
              id,
              a.claim().value(),
              a.assessor().value(),
              a.rating(),
              number(a.ratingValue()),
              number(a.bestRating()),
              number(a.worstRating()),
              a.time().map(Object::toString).orElse(null),
              a.source().value(),
              a.url().map(Object::toString).orElse(null)));
    }
    return rows.iterator();
  }

  private static scala.collection.immutable.Seq<Row> identifiers(List<Identifier> identifiers) {
    return Seqs.of(
        identifiers.stream().map(i -> RowFactory.create(i.scheme(), i.value())).toList());
  }

  private static String time(Optional<TimeMention> time) {
    return time.map(t -> t.value().toString()).orElse(null);
  }

  private static Double number(Optional<BigDecimal> value) {
    return value.map(BigDecimal::doubleValue).orElse(null);
  }

  static String word(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
