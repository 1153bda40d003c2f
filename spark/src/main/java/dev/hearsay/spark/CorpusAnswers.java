package dev.hearsay.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.model.RelationKind;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The corpus's questions as Spark jobs, with the meanings of docs/corpus.md:
 *
 * <ul>
 *   <li>{@link #identities()}: which entities are one, by shared identifiers and {@code same}
 *       statements, as connected components computed by Spark ({@link ConnectedComponents}),
 *       each group named by its first member in the corpus's order, and the unresolved anonymous
 *       actors;
 *   <li>{@link #clusters()}: the claim clusters, connected by {@code duplicates} relations and
 *       links, likewise, each named by its first claim;
 *   <li>{@link #evidence()}: per cluster, the parties for, against and neither as intervals, the
 *       channels, the unresolved voices and the reports that only relayed, computed by core's
 *       {@link dev.hearsay.core.corpus.CorpusIndex} inside the executors on the cluster's part of
 *       the corpus, with the identity resolved over the whole ({@link
 *       dev.hearsay.core.corpus.Corpus.Builder#resolvedIdentity}).
 * </ul>
 *
 * <p>The corpus's order is that of {@link CorpusLines#datasets()}: files by name, lines in each.
 */
public final class CorpusAnswers implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Between the parts of a key; no id holds it. */
  private static final String SEP = "\u001f";

  /** The columns of a count of parties in {@link #EVIDENCE}. */
  public static final StructType PARTY_COUNT =
      new StructType()
          .add("min", DataTypes.IntegerType, false)
          .add("max", DataTypes.IntegerType, false)
          .add("exact", DataTypes.BooleanType, false)
          .add("reached", DataTypes.IntegerType, false);

  /** The columns of {@link #identities()}. */
  public static final StructType IDENTITIES =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, false)
          .add("groupDataset", DataTypes.StringType, false)
          .add("groupKind", DataTypes.StringType, false)
          .add("groupId", DataTypes.StringType, false)
          .add("groupSize", DataTypes.LongType, false)
          .add("unresolved", DataTypes.BooleanType, false);

  /** The columns of {@link #clusters()}. */
  public static final StructType CLUSTERS =
      new StructType()
          .add("dataset", DataTypes.StringType, false)
          .add("claim", DataTypes.StringType, false)
          .add("clusterDataset", DataTypes.StringType, false)
          .add("clusterClaim", DataTypes.StringType, false)
          .add("clusterSize", DataTypes.LongType, false);

  /** The columns of {@link #evidence()}. */
  public static final StructType EVIDENCE =
      new StructType()
          .add("clusterDataset", DataTypes.StringType, false)
          .add("clusterClaim", DataTypes.StringType, false)
          .add("claims", DataTypes.IntegerType, false)
          .add("datasets", DataTypes.IntegerType, false)
          .add("partiesFor", PARTY_COUNT, true)
          .add("partiesAgainst", PARTY_COUNT, true)
          .add("partiesNeither", PARTY_COUNT, true)
          .add("allParties", PARTY_COUNT, true)
          .add("channels", DataTypes.IntegerType, true)
          .add("parties", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("widening", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("unresolved", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("relayedOnly", DataTypes.createArrayType(DataTypes.StringType, false), true)
          .add("problem", DataTypes.StringType, true);

  /** The names of the answers, as {@link #write} takes them. */
  public static final List<String> NAMES = List.of("identities", "clusters", "evidence");

  private final transient Dataset<Row> datasets;
  private final transient Dataset<Row> claimLinks;
  private final transient Dataset<Row> statements;
  private transient Dataset<Row> identities;
  private transient Dataset<Row> clusters;
  private transient Dataset<Row> evidence;

  private CorpusAnswers(Dataset<Row> datasets, Dataset<Row> claimLinks, Dataset<Row> statements) {
    this.datasets = datasets;
    this.claimLinks = claimLinks;
    this.statements = statements;
  }

  /**
   * The answers on a corpus read; each is computed when first asked for, and kept.
   *
   * @param corpus the corpus
   * @return its answers
   */
  public static CorpusAnswers of(CorpusLines corpus) {
    Objects.requireNonNull(corpus, "corpus");
    return new CorpusAnswers(corpus.contents(), corpus.claimLinks(), corpus.identityStatements());
  }

  /**
   * One row per actor, source and place: its group ({@code groupDataset}, {@code groupKind},
   * {@code groupId}: the first member in the corpus's order, as {@code
   * Identities.representative} names it), the group's size, and whether it is an unresolved
   * anonymous actor.
   *
   * @return the table, with the columns {@link #IDENTITIES}
   */
  public Dataset<Row> identities() {
    if (identities == null) {
      identities = Frames.kept(resolveIdentities());
    }
    return identities.select(
        "dataset", "kind", "id", "groupDataset", "groupKind", "groupId", "groupSize", "unresolved");
  }

  /**
   * One row per claim: the cluster it is in, named by its first claim in the corpus's order, and
   * the cluster's size.
   *
   * @return the table, with the columns {@link #CLUSTERS}
   */
  public Dataset<Row> clusters() {
    if (clusters == null) {
      clusters = Frames.kept(resolveClusters());
    }
    return clusters.select("dataset", "claim", "clusterDataset", "clusterClaim", "clusterSize");
  }

  /**
   * One row per claim cluster: its size in claims and datasets; the parties for, against and
   * neither and all of them, as intervals ({@code min}, {@code max}, {@code exact}, {@code
   * reached}, as {@link dev.hearsay.core.corpus.PartyCount}); the number of channels; the
   * parties' names; the possibly-same statements that widen the count of all parties; the
   * unresolved voices ({@code dataset/actor/id}); the datasets that only relayed; and {@code
   * problem}, null unless the cluster's part of the corpus breaks a rule of the corpus, which it
   * then names (the counts are then null).
   *
   * @return the table, with the columns {@link #EVIDENCE}
   */
  public Dataset<Row> evidence() {
    if (evidence == null) {
      evidence = gatherEvidence().persist(StorageLevel.MEMORY_AND_DISK_SER());
    }
    return evidence;
  }

  /**
   * The answer of a name in {@link #NAMES}.
   *
   * @param name the name
   * @return the answer
   * @throws IllegalArgumentException when no answer has that name
   */
  public Dataset<Row> answer(String name) {
    return switch (name) {
      case "identities" -> identities();
      case "clusters" -> clusters();
      case "evidence" -> evidence();
      default ->
          throw new IllegalArgumentException("no answer '" + name + "'; the answers are " + NAMES);
    };
  }

  /**
   * Writes answers as Parquet, each in a directory of its name under the path, replacing what is
   * there.
   *
   * @param path the directory
   * @param names the answers' names, from {@link #NAMES}
   * @return the directory of each answer written
   */
  public Map<String, String> write(String path, List<String> names) {
    return Frames.writeParquet(path, names, this::answer);
  }

  private Dataset<Row> resolveIdentities() {
    Dataset<Row> entities =
        Frames.kept(
            Extract.entities(datasets)
                .withColumn("key", concat_ws(SEP, col("dataset"), col("kind"), col("id"))));
    Dataset<Row> identified =
        entities
            .select(col("key"), col("kind"), explode(col("identifiers")).as("identifier"))
            .select(
                col("key"),
                col("kind"),
                col("identifier.scheme").as("scheme"),
                col("identifier.value").as("value"));
    Dataset<Row> holders =
        identified.groupBy("kind", "scheme", "value").agg(min(col("key")).as("holder"));
    Dataset<Row> byIdentifier =
        identified
            .join(holders, scala(List.of("kind", "scheme", "value")))
            .select(col("key").as("src"), col("holder").as("dst"));
    Column first = concat_ws(SEP, col("firstDataset"), col("firstKind"), col("firstId"));
    Column second = concat_ws(SEP, col("secondDataset"), col("secondKind"), col("secondId"));
    Dataset<Row> same =
        statements
            .filter(col("identity").equalTo(CorpusTables.word(Identity.SAME)))
            .select(first.as("src"), second.as("dst"));
    Dataset<Row> edges = byIdentifier.union(same);
    Dataset<Row> components = ConnectedComponents.of(edges);
    Dataset<Row> grouped = ConnectedComponents.label(entities, components, "group");
    Dataset<Row> groups =
        grouped
            .groupBy(col("group"))
            .agg(
                min(struct(
                        col("fileIndex"),
                        col("line"),
                        col("position"),
                        col("dataset"),
                        col("kind"),
                        col("id")))
                    .as("first"),
                count(lit(1)).as("groupSize"));
    Dataset<Row> namedKeys =
        statements
            .select(first.as("namedKey"))
            .union(statements.select(second.as("namedKey")))
            .distinct();
    boolean several = datasets.count() > 1;
    return grouped
        .join(groups, "group")
        .join(namedKeys, col("key").equalTo(col("namedKey")), "left")
        .select(
            col("dataset"),
            col("kind"),
            col("id"),
            col("first.dataset").as("groupDataset"),
            col("first.kind").as("groupKind"),
            col("first.id").as("groupId"),
            col("groupSize"),
            lit(several)
                .and(col("anonymous"))
                .and(col("groupSize").equalTo(1))
                .and(col("namedKey").isNull())
                .as("unresolved"),
            col("key"),
            col("group"));
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(columns).toList();
  }

  private Dataset<Row> resolveClusters() {
    Dataset<Row> claims =
        Extract.claims(datasets).withColumn("key", concat_ws(SEP, col("dataset"), col("claim")));
    Dataset<Row> linked =
        claimLinks
            .filter(col("kind").equalTo(CorpusTables.word(RelationKind.DUPLICATES)))
            .select(
                concat_ws(SEP, col("fromDataset"), col("fromClaim")).as("src"),
                concat_ws(SEP, col("toDataset"), col("toClaim")).as("dst"));
    Dataset<Row> edges =
        Extract.duplicates(datasets)
            .select(
                concat_ws(SEP, col("dataset"), col("from")).as("src"),
                concat_ws(SEP, col("dataset"), col("to")).as("dst"))
            .union(linked);
    Dataset<Row> components = ConnectedComponents.of(edges);
    Dataset<Row> grouped = ConnectedComponents.label(claims, components, "cluster");
    Dataset<Row> firsts =
        grouped
            .groupBy(col("cluster"))
            .agg(
                min(struct(
                        col("fileIndex"),
                        col("line"),
                        col("position"),
                        col("dataset"),
                        col("claim")))
                    .as("first"),
                count(lit(1)).as("clusterSize"));
    return grouped
        .join(firsts, "cluster")
        .select(
            col("dataset"),
            col("claim"),
            col("first.dataset").as("clusterDataset"),
            col("first.claim").as("clusterClaim"),
            col("clusterSize"),
            col("first.fileIndex").as("clusterFileIndex"),
            col("first.line").as("clusterLine"),
            col("fileIndex"),
            col("line"),
            col("position"));
  }

  private Dataset<Row> gatherEvidence() {
    clusters();
    identities();
    return EvidenceJob.run(datasets, clusters, identities, claimLinks, statements);
  }
}
