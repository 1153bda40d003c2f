package dev.hearsay.spark;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The links document checked against the valid lines: each end of each link must name a dataset
 * that a valid line holds, and an entity, claim or event in it. A link that does not is an error
 * row, with the path of the end as the corpus's rules name it ({@code claims[0].to.claim}), and is
 * left out of the links the queries use.
 */
final class LinksCheck {
  private static final StructType ENDS =
      new StructType()
          .add("section", DataTypes.StringType, false)
          .add("index", DataTypes.IntegerType, false)
          .add("end", DataTypes.StringType, false)
          .add("dataset", DataTypes.StringType, false)
          .add("kind", DataTypes.StringType, false)
          .add("id", DataTypes.StringType, false);

  private final Links links;
  private final Dataset<Row> errors;

  private LinksCheck(Links links, Dataset<Row> errors) {
    this.links = links;
    this.errors = errors;
  }

  static LinksCheck none(SparkSession spark) {
    return new LinksCheck(Links.none(), spark.createDataFrame(List.of(), CorpusLines.ERRORS));
  }

  static LinksCheck of(
      SparkSession spark, Map<String, String> settings, String file, Dataset<Row> datasets) {
    List<Row> errors = new ArrayList<>();
    Links read = CorpusLines.readLinks(settings, file, errors);
    if (read.schemaVersion().equals("1.0")) {
      errors.add(
          RowFactory.create(
              file,
              null,
              null,
              Seqs.of(
                  List.of(
                      RowFactory.create(
                          "schemaVersion",
                          "NOT_IN_VERSION",
                          "links are new in schema version 1.1, and the document declares 1.0;"
                              + " declare 1.1")))));
      read = Links.none();
    }
    List<Row> ends = ends(read);
    Dataset<Row> held = Extract.held(datasets).distinct();
    Dataset<Row> ids = datasets.select(functions.col("id").as("known"));
    List<Row> missing =
        Frames.of(spark, ends, ENDS)
            .join(held, new String[] {"dataset", "kind", "id"}, "left_anti")
            .join(ids, functions.col("dataset").equalTo(functions.col("known")), "left")
            .orderBy("section", "index", "end")
            .collectAsList();
    Map<String, List<Row>> byLink = new LinkedHashMap<>();
    for (Row end : missing) {
      String section = end.getAs("section");
      int index = end.getAs("index");
      String endName = end.getAs("end");
      String dataset = end.getAs("dataset");
      String kind = end.getAs("kind");
      String id = end.getAs("id");
      String at = section + "[" + index + "]." + endName;
      Row violation =
          end.isNullAt(end.fieldIndex("known"))
              ? RowFactory.create(
                  at + ".dataset",
                  "UNKNOWN_REFERENCE",
                  "no valid line holds a dataset '" + dataset + "'")
              : RowFactory.create(
                  at + "." + kind,
                  "UNKNOWN_REFERENCE",
                  "the dataset '" + dataset + "' has no " + kind + " '" + id + "'");
      byLink.computeIfAbsent(section + "[" + index + "]", k -> new ArrayList<>()).add(violation);
    }
    byLink.forEach(
        (link, violations) -> errors.add(RowFactory.create(file, null, null, Seqs.of(violations))));
    Links kept = without(read, byLink.keySet());
    return new LinksCheck(kept, spark.createDataFrame(errors, CorpusLines.ERRORS));
  }

  Links links() {
    return links;
  }

  Dataset<Row> errors() {
    return errors;
  }

  private static List<Row> ends(Links links) {
    List<Row> ends = new ArrayList<>();
    List<IdentityStatement> identities = links.identities();
    for (int i = 0; i < identities.size(); i++) {
      ends.add(end("identities", i, "first", identities.get(i).first()));
      ends.add(end("identities", i, "second", identities.get(i).second()));
    }
    List<ClaimLink> claims = links.claims();
    for (int i = 0; i < claims.size(); i++) {
      ClaimLink link = claims.get(i);
      ends.add(
          RowFactory.create(
              "claims",
              i,
              "from",
              link.from().dataset().value(),
              "claim",
              link.from().claim().value()));
      ends.add(
          RowFactory.create(
              "claims", i, "to", link.to().dataset().value(), "claim", link.to().claim().value()));
    }
    List<EventLink> events = links.events();
    for (int i = 0; i < events.size(); i++) {
      EventLink link = events.get(i);
      ends.add(
          RowFactory.create(
              "events",
              i,
              "first",
              link.first().dataset().value(),
              "event",
              link.first().event().value()));
      ends.add(
          RowFactory.create(
              "events",
              i,
              "second",
              link.second().dataset().value(),
              "event",
              link.second().event().value()));
    }
    return ends;
  }

  private static Row end(String section, int index, String end, EntityRef ref) {
    return RowFactory.create(
        section,
        index,
        end,
        ref.dataset().value(),
        ref.kind().name().toLowerCase(Locale.ROOT),
        ref.id());
  }

  private static Links without(Links links, Set<String> dropped) {
    if (dropped.isEmpty()) {
      return links;
    }
    Set<String> gone = new HashSet<>(dropped);
    Links.Builder kept = new Links.Builder().schemaVersion(links.schemaVersion());
    for (int i = 0; i < links.identities().size(); i++) {
      if (!gone.contains("identities[" + i + "]")) {
        kept.addIdentities(links.identities().get(i));
      }
    }
    for (int i = 0; i < links.claims().size(); i++) {
      if (!gone.contains("claims[" + i + "]")) {
        kept.addClaims(links.claims().get(i));
      }
    }
    for (int i = 0; i < links.events().size(); i++) {
      if (!gone.contains("events[" + i + "]")) {
        kept.addEvents(links.events().get(i));
      }
    }
    return kept.build();
  }
}
