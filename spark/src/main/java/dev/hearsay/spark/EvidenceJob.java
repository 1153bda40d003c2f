package dev.hearsay.spark;

import static org.apache.spark.sql.functions.col;

import dev.hearsay.core.corpus.ClaimCluster;
import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusEvidence;
import dev.hearsay.core.corpus.CorpusIndex;
import dev.hearsay.core.corpus.CorpusParty;
import dev.hearsay.core.corpus.CorpusValidationException;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EntityKind;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.corpus.PartyCount;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.RelationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;

/**
 * The evidence on every claim cluster, gathered by core inside the executors.
 *
 * <p>Each cluster is answered in a <em>bucket</em>, the block of {@link #LINES_PER_BUCKET} lines
 * of one file that holds its first claim's dataset, so that a dataset is shipped once to its own
 * bucket and once more to each other bucket whose clusters reach it; reports that cite each other
 * tend to lie close together, so few are shipped twice. A bucket's part of the corpus is what core's evidence reads for its clusters: the datasets of
 * their claims, the datasets of the claims that links tie to them (links are followed one step),
 * and the datasets of both ends of each {@code possibly_same} or {@code distinct} statement whose
 * two groups both have a member in those datasets; with the claim links and identity statements
 * whose ends all lie in the part, and the identity resolved over the whole corpus (group keys
 * and unresolved actors). Core then builds the part as a corpus, checking its rules, indexes it
 * and asks {@link CorpusIndex#evidence(ClaimCluster)} of each cluster, as the single-JVM corpus
 * would.
 */
final class EvidenceJob {
  /**
   * How many lines of a file make a bucket: the more, the fewer datasets are shipped to two
   * buckets (those that links tie across a bucket's edge), and the more memory a task holds.
   */
  static final int LINES_PER_BUCKET = 128;

  private static final String MEMBERS = "members";
  private static final String DATASETS = "datasets";
  private static final String ENTITIES = "entities";
  private static final String LINKS = "links";
  private static final String STATEMENTS = "statements";

  private EvidenceJob() {}

  /**
   * The evidence on every cluster.
   *
   * @param claimLinks the claim links kept, as {@link LinkRows#claimLinks}
   * @param identityStatements the identity statements kept, as {@link
   *     LinkRows#identityStatements}
   */
  static Dataset<Row> run(
      Dataset<Row> datasets,
      Dataset<Row> clusters,
      Dataset<Row> identities,
      Dataset<Row> claimLinks,
      Dataset<Row> identityStatements) {
    // Each link's and statement's index is its place in the corpus's order of its kind.
    Dataset<Row> linkTable = LinkRows.indexed(claimLinks);
    Dataset<Row> statements = LinkRows.indexed(identityStatements);
    Dataset<Row> members =
        clusters.select(
            bucket(col("clusterFileIndex"), col("clusterLine")).as("bucket"),
            col("clusterDataset"),
            col("clusterClaim"),
            col("dataset"),
            col("claim"),
            col("fileIndex"),
            col("line"),
            col("position"));
    Dataset<Row> own = members.select(col("bucket"), col("dataset")).distinct();
    Dataset<Row> fromSide =
        linkTable
            .join(
                members,
                linkTable
                    .col("fromDataset")
                    .equalTo(members.col("dataset"))
                    .and(linkTable.col("fromClaim").equalTo(members.col("claim"))))
            .select(col("bucket"), col("toDataset").as("dataset"));
    Dataset<Row> toSide =
        linkTable
            .join(
                members,
                linkTable
                    .col("toDataset")
                    .equalTo(members.col("dataset"))
                    .and(linkTable.col("toClaim").equalTo(members.col("claim"))))
            .select(col("bucket"), col("fromDataset").as("dataset"));
    Dataset<Row> reached = Frames.kept(own.union(fromSide).union(toSide).distinct());

    Dataset<Row> groupOf =
        identities.select(
            col("dataset").as("gDataset"),
            col("kind").as("gKind"),
            col("id").as("gId"),
            col("group"));
    Dataset<Row> widening =
        statements.filter(col("identity").notEqual(CorpusTables.word(Identity.SAME)));
    Dataset<Row> ends =
        widening
            .join(
                groupOf.withColumnRenamed("group", "g1"),
                col("firstDataset")
                    .equalTo(col("gDataset"))
                    .and(col("firstKind").equalTo(col("gKind")))
                    .and(col("firstId").equalTo(col("gId"))))
            .drop("gDataset", "gKind", "gId")
            .join(
                groupOf.withColumnRenamed("group", "g2"),
                col("secondDataset")
                    .equalTo(col("gDataset"))
                    .and(col("secondKind").equalTo(col("gKind")))
                    .and(col("secondId").equalTo(col("gId"))))
            .drop("gDataset", "gKind", "gId");
    Dataset<Row> statedGroups =
        ends.select(col("g1").as("group")).union(ends.select(col("g2").as("group"))).distinct();
    Dataset<Row> touched =
        reached
            .join(groupOf, reached.col("dataset").equalTo(groupOf.col("gDataset")))
            .join(statedGroups, "group")
            .select(col("bucket"), col("group"))
            .distinct();
    Dataset<Row> relevant =
        ends.join(touched.withColumnRenamed("group", "g1"), "g1")
            .join(touched.withColumnRenamed("group", "g2"), scalaSeq("g2", "bucket"));
    Dataset<Row> part =
        Frames.kept(
            reached
                .union(relevant.select(col("bucket"), col("firstDataset").as("dataset")))
                .union(relevant.select(col("bucket"), col("secondDataset").as("dataset")))
                .distinct());

    Map<String, Dataset<Row>> kinds = new LinkedHashMap<>();
    kinds.put(MEMBERS, members);
    kinds.put(DATASETS, part.join(datasets, part.col("dataset").equalTo(datasets.col("id"))));
    kinds.put(
        ENTITIES,
        part.join(identities.drop("key"), "dataset")
            .filter(col("groupSize").gt(1).or(col("unresolved"))));
    kinds.put(
        LINKS,
        linkTable
            .join(part.withColumnRenamed("dataset", "fromDataset"), "fromDataset")
            .join(part.withColumnRenamed("dataset", "toDataset"), scalaSeq("toDataset", "bucket")));
    kinds.put(
        STATEMENTS,
        statements
            .join(part.withColumnRenamed("dataset", "firstDataset"), "firstDataset")
            .join(
                part.withColumnRenamed("dataset", "secondDataset"),
                scalaSeq("secondDataset", "bucket")));
    Map<String, List<String>> columns = new LinkedHashMap<>();
    columns.put(
        MEMBERS,
        List.of(
            "clusterDataset", "clusterClaim", "fileIndex", "line", "position", "dataset", "claim"));
    columns.put(DATASETS, List.of("fileIndex", "line", "id", "json"));
    columns.put(ENTITIES, List.of("dataset", "kind", "id", "group", "unresolved"));
    columns.put(LINKS, List.of(linkTable.columns()));
    columns.put(STATEMENTS, List.of(statements.columns()));
    List<String> order = List.copyOf(kinds.keySet());
    Dataset<Row> gathered = BucketParts.gathered(kinds, columns);
    return gathered
        .sparkSession()
        .createDataFrame(
            gathered
                .javaRDD()
                .mapPartitions(rows -> BucketParts.answered(rows, order, EvidenceJob::answer)),
            CorpusAnswers.EVIDENCE);
  }

  /**
   * The bucket of a cluster: the block of {@link #LINES_PER_BUCKET} lines of one file that holds
   * its first claim's dataset.
   */
  private static Column bucket(Column fileIndex, Column line) {
    return fileIndex
        .cast(DataTypes.LongType)
        .multiply(1L << 32)
        .plus(line.minus(1).divide(LINES_PER_BUCKET).cast(DataTypes.LongType));
  }

  private static scala.collection.immutable.Seq<String> scalaSeq(String... columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(columns)).toList();
  }

  /** One bucket's clusters, answered by core on the bucket's part of the corpus. */
  static List<Row> answer(BucketParts.Part bucket) {
    Map<String, List<Row>> byCluster = new LinkedHashMap<>();
    List<Row> members = new ArrayList<>(bucket.of(MEMBERS));
    if (members.isEmpty()) {
      return List.of();
    }
    members.sort(ORDER);
    for (Row m : members) {
      byCluster
          .computeIfAbsent(
              m.getAs("clusterDataset") + "\u001f" + m.getAs("clusterClaim"),
              k -> new ArrayList<>())
          .add(m);
    }
    List<Row> out = new ArrayList<>();
    CorpusIndex index;
    try {
      index = CorpusIndex.of(part(bucket));
    } catch (CorpusValidationException e) {
      String problem = e.getMessage();
      for (List<Row> cluster : byCluster.values()) {
        out.add(failed(cluster, problem));
      }
      return out;
    }
    for (List<Row> cluster : byCluster.values()) {
      List<ClaimRef> claims = new ArrayList<>(cluster.size());
      for (Row m : cluster) {
        claims.add(ClaimRef.of(m.getAs("dataset"), m.getAs("claim")));
      }
      ClaimCluster asked = new ClaimCluster(claims);
      CorpusEvidence evidence = index.evidence(asked);
      out.add(
          RowFactory.create(
              cluster.get(0).getAs("clusterDataset"),
              cluster.get(0).getAs("clusterClaim"),
              claims.size(),
              asked.datasets().size(),
              count(evidence.partiesFor()),
              count(evidence.partiesAgainst()),
              count(evidence.partiesNeither()),
              count(evidence.allParties()),
              evidence.channels().size(),
              Seqs.of(evidence.parties().stream().map(CorpusParty::name).toList()),
              Seqs.of(
                  evidence.allParties().widening().stream()
                      .map(
                          s -> s.first() + " " + CorpusTables.word(s.identity()) + " " + s.second())
                      .toList()),
              Seqs.of(evidence.unresolved().stream().map(EntityRef::toString).toList()),
              Seqs.of(evidence.relayedOnly().stream().map(DatasetId::toString).toList()),
              null));
    }
    return out;
  }

  private static final Comparator<Row> ORDER =
      Comparator.<Row>comparingInt(r -> r.getAs("fileIndex"))
          .thenComparingInt(r -> r.getAs("line"))
          .thenComparingInt(r -> r.getAs("position"));

  private static Row failed(List<Row> cluster, String problem) {
    Set<String> datasets = new HashSet<>();
    cluster.forEach(m -> datasets.add(m.getAs("dataset")));
    return RowFactory.create(
        cluster.get(0).getAs("clusterDataset"),
        cluster.get(0).getAs("clusterClaim"),
        cluster.size(),
        datasets.size(),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        problem);
  }

  private static Row count(PartyCount count) {
    return RowFactory.create(count.min(), count.max(), count.exact(), count.reached());
  }

  /** The bucket's part of the corpus, as core builds and checks it. */
  private static Corpus part(BucketParts.Part bucket) {
    List<Row> datasets = new ArrayList<>(bucket.of(DATASETS));
    datasets.sort(
        Comparator.<Row>comparingInt(r -> r.getAs("fileIndex"))
            .thenComparingInt(r -> r.getAs("line")));
    Corpus.Builder builder = new Corpus.Builder();
    for (Row d : datasets) {
      builder.add(DatasetId.of(d.getAs("id")), Json.read(d.getAs("json")));
    }
    Map<EntityRef, String> groups = new HashMap<>();
    Set<EntityRef> unresolved = new HashSet<>();
    for (Row e : bucket.of(ENTITIES)) {
      EntityRef ref = entity(e.getAs("dataset"), e.getAs("kind"), e.getAs("id"));
      groups.put(ref, e.getAs("group"));
      if (e.<Boolean>getAs("unresolved")) {
        unresolved.add(ref);
      }
    }
    List<Row> statements = new ArrayList<>(bucket.of(STATEMENTS));
    statements.sort(Comparator.comparingLong(r -> r.<Long>getAs("index")));
    List<Row> links = new ArrayList<>(bucket.of(LINKS));
    links.sort(Comparator.comparingLong(r -> r.<Long>getAs("index")));
    Links.Builder part = new Links.Builder();
    for (Row s : statements) {
      part.addIdentities(
          new IdentityStatement(
              Identity.valueOf(constant(s.getAs("identity"))),
              EntityRef.of(
                  DatasetId.of(s.getAs("firstDataset")),
                  EntityKind.valueOf(constant(s.getAs("firstKind"))),
                  s.getAs("firstId")),
              EntityRef.of(
                  DatasetId.of(s.getAs("secondDataset")),
                  EntityKind.valueOf(constant(s.getAs("secondKind"))),
                  s.getAs("secondId")),
              Optional.ofNullable(s.getAs("note"))));
    }
    for (Row l : links) {
      part.addClaims(
          new ClaimLink(
              RelationKind.valueOf(constant(l.getAs("kind"))),
              new ClaimRef(DatasetId.of(l.getAs("fromDataset")), new ClaimId(l.getAs("fromClaim"))),
              new ClaimRef(DatasetId.of(l.getAs("toDataset")), new ClaimId(l.getAs("toClaim"))),
              Optional.ofNullable(l.getAs("note"))));
    }
    return builder.links(part.build()).resolvedIdentity(groups, unresolved).build();
  }

  private static EntityRef entity(String dataset, String kind, String id) {
    return EntityRef.of(DatasetId.of(dataset), EntityKind.valueOf(constant(kind)), id);
  }

  /** The name of a constant from its word in the tables ({@code possibly_same}). */
  private static String constant(String word) {
    return word.toUpperCase(java.util.Locale.ROOT);
  }
}
