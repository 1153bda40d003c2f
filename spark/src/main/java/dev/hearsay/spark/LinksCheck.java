package dev.hearsay.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * The links documents checked against the valid lines, by joins in the executors: each end of
 * each link must name a dataset that a valid line holds, and an entity, claim or event in it. A
 * link that does not is one error row of its document, with the path of each failing end as the
 * corpus's rules name it ({@code claims[0].to.claim}, the position in that document), and is left
 * out of the links kept.
 */
final class LinksCheck {
  /** The columns that name a link: its document, its section and its position there. */
  private static final List<String> LINK = List.of("documentIndex", "section", "position");

  private final Dataset<Row> kept;
  private final Dataset<Row> errors;

  private LinksCheck(Dataset<Row> kept, Dataset<Row> errors) {
    this.kept = kept;
    this.errors = errors;
  }

  /**
   * Reads and checks the documents.
   *
   * @param files the links documents, in the corpus's order
   * @param datasets the valid lines, as {@link CorpusLines#datasets()}
   */
  static LinksCheck of(
      SparkSession spark, Map<String, String> settings, List<String> files, Dataset<Row> datasets) {
    Dataset<Row> read =
        LinksDocuments.read(spark, settings, files).persist(StorageLevel.MEMORY_AND_DISK_SER());
    Dataset<Row> links = read.filter(col("section").isNotNull());
    Dataset<Row> readErrors =
        read.filter(col("section").isNull())
            .select(
                col("file"),
                col("line"),
                lit(null).cast(DataTypes.StringType).as("id"),
                col("violations"));
    Column claims = col("section").equalTo("claims");
    Dataset<Row> ends =
        links
            .select(
                col("file"),
                col("documentIndex"),
                col("section"),
                col("position"),
                explode(
                        array(
                            struct(
                                when(claims, "from").otherwise("first").as("end"),
                                col("firstDataset").as("dataset"),
                                col("firstKind").as("kind"),
                                col("firstId").as("id")),
                            struct(
                                when(claims, "to").otherwise("second").as("end"),
                                col("secondDataset").as("dataset"),
                                col("secondKind").as("kind"),
                                col("secondId").as("id"))))
                    .as("at"))
            .select("file", "documentIndex", "section", "position", "at.*");
    Dataset<Row> held = Extract.held(datasets).distinct();
    Dataset<Row> ids = datasets.select(col("id").as("known"));
    Column path =
        concat(
            col("section"),
            lit("["),
            col("position").cast(DataTypes.StringType),
            lit("]."),
            col("end"));
    Column violation =
        when(
                col("known").isNull(),
                struct(
                    concat(path, lit(".dataset")).as("path"),
                    lit("UNKNOWN_REFERENCE").as("code"),
                    concat(lit("no valid line holds a dataset '"), col("dataset"), lit("'"))
                        .as("message")))
            .otherwise(
                struct(
                    concat(path, lit("."), col("kind")).as("path"),
                    lit("UNKNOWN_REFERENCE").as("code"),
                    concat(
                            lit("the dataset '"),
                            col("dataset"),
                            lit("' has no "),
                            col("kind"),
                            lit(" '"),
                            col("id"),
                            lit("'"))
                        .as("message")));
    Dataset<Row> failing =
        ends.join(held, Seqs.of(List.of("dataset", "kind", "id")), "left_anti")
            .join(ids, col("dataset").equalTo(col("known")), "left")
            .groupBy("file", "documentIndex", "section", "position")
            .agg(array_sort(collect_list(violation)).as("violations"));
    Dataset<Row> linkErrors =
        failing.select(
            col("file"),
            lit(null).cast(DataTypes.IntegerType).as("line"),
            lit(null).cast(DataTypes.StringType).as("id"),
            col("violations"));
    Dataset<Row> kept =
        links
            .join(
                failing.select("documentIndex", "section", "position"), Seqs.of(LINK), "left_anti")
            .persist(StorageLevel.MEMORY_AND_DISK_SER());
    return new LinksCheck(kept, readErrors.union(linkErrors));
  }

  /**
   * The links kept, in the columns of {@link LinksDocuments#ROWS}, {@code section} not null.
   */
  Dataset<Row> kept() {
    return kept;
  }

  /** The error rows of the documents and of their links, in the columns of {@link CorpusLines#ERRORS}. */
  Dataset<Row> errors() {
    return errors;
  }
}
