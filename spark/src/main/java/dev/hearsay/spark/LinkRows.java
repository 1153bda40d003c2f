package dev.hearsay.spark;

import static org.apache.spark.sql.functions.col;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityKind;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.model.RelationKind;
import java.util.Locale;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The kept links of a corpus as three tables, one per kind, each row with its document ({@code
 * file}, {@code documentIndex}: its place among the documents sorted by name) and its {@code
 * position} in its section of that document; enumerations as the lower case of their Java names,
 * as in {@link CorpusTables}. The corpus's order of the links is {@code documentIndex}, then
 * {@code position}.
 */
final class LinkRows {
  private LinkRows() {}

  /**
   * The identity statements among the kept links: {@code file}, {@code documentIndex}, {@code
   * position}, {@code identity}, {@code firstDataset}, {@code firstKind}, {@code firstId}, {@code
   * secondDataset}, {@code secondKind}, {@code secondId}, {@code note}.
   */
  static Dataset<Row> identityStatements(Dataset<Row> kept) {
    return kept.filter(col("section").equalTo("identities"))
        .select(
            col("file"),
            col("documentIndex"),
            col("position"),
            col("relation").as("identity"),
            col("firstDataset"),
            col("firstKind"),
            col("firstId"),
            col("secondDataset"),
            col("secondKind"),
            col("secondId"),
            col("note"));
  }

  /**
   * The claim links among the kept links: {@code file}, {@code documentIndex}, {@code position},
   * {@code kind}, {@code fromDataset}, {@code fromClaim}, {@code toDataset}, {@code toClaim},
   * {@code note}.
   */
  static Dataset<Row> claimLinks(Dataset<Row> kept) {
    return kept.filter(col("section").equalTo("claims"))
        .select(
            col("file"),
            col("documentIndex"),
            col("position"),
            col("relation").as("kind"),
            col("firstDataset").as("fromDataset"),
            col("firstId").as("fromClaim"),
            col("secondDataset").as("toDataset"),
            col("secondId").as("toClaim"),
            col("note"));
  }

  /**
   * The event links among the kept links: {@code file}, {@code documentIndex}, {@code position},
   * {@code firstDataset}, {@code firstEvent}, {@code secondDataset}, {@code secondEvent}, {@code
   * note}.
   */
  static Dataset<Row> eventLinks(Dataset<Row> kept) {
    return kept.filter(col("section").equalTo("events"))
        .select(
            col("file"),
            col("documentIndex"),
            col("position"),
            col("firstDataset"),
            col("firstId").as("firstEvent"),
            col("secondDataset"),
            col("secondId").as("secondEvent"),
            col("note"));
  }

  /**
   * Links of one kind with their place in the corpus's order as one column, {@code index} (see
   * {@link #order}), instead of their document and position.
   */
  static Dataset<Row> indexed(Dataset<Row> links) {
    return links.withColumn("index", order()).drop("file", "documentIndex", "position");
  }

  /**
   * A link's place in the corpus's order of its kind as one number: {@code documentIndex * 2^32
   * + position}.
   */
  private static Column order() {
    return col("documentIndex").cast("long").multiply(1L << 32).plus(col("position"));
  }

  static IdentityStatement identityStatement(Row r) {
    return new IdentityStatement(
        Identity.valueOf(upper(r.getAs("identity"))),
        entity(r.getAs("firstDataset"), r.getAs("firstKind"), r.getAs("firstId")),
        entity(r.getAs("secondDataset"), r.getAs("secondKind"), r.getAs("secondId")),
        Optional.ofNullable(r.getAs("note")));
  }

  static ClaimLink claimLink(Row r) {
    return new ClaimLink(
        RelationKind.valueOf(upper(r.getAs("kind"))),
        ClaimRef.of(r.getAs("fromDataset"), r.getAs("fromClaim")),
        ClaimRef.of(r.getAs("toDataset"), r.getAs("toClaim")),
        Optional.ofNullable(r.getAs("note")));
  }

  static EventLink eventLink(Row r) {
    return new EventLink(
        EventRef.of(r.getAs("firstDataset"), r.getAs("firstEvent")),
        EventRef.of(r.getAs("secondDataset"), r.getAs("secondEvent")),
        Optional.ofNullable(r.getAs("note")));
  }

  private static EntityRef entity(String dataset, String kind, String id) {
    return EntityRef.of(DatasetId.of(dataset), EntityKind.valueOf(upper(kind)), id);
  }

  private static String upper(String word) {
    return word.toUpperCase(Locale.ROOT);
  }
}
