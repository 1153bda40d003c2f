package dev.hearsay.spark;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.jackson.InvalidLinksException;
import dev.hearsay.jackson.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import tools.jackson.core.JacksonException;

/**
 * The links documents of a corpus, each read whole by Hearsay's links reader in one executor task
 * and turned into rows there: one row per identity statement, claim link and event link, with
 * the document's file, its place in the sorted list of documents and the link's position in its
 * section of the document; or, for a document that cannot be read, is not links, or declares
 * schema 1.0, its error rows and no link.
 */
final class LinksDocuments {
  /**
   * One row a link or an error. A link: its {@code section} ({@code identities}, {@code claims}
   * or {@code events}) and {@code position} in it; {@code relation}, the identity ({@code same},
   * ...) or the claims' relation ({@code supports}, ...), null for an event link; its two ends,
   * each a dataset, a kind ({@code actor}, {@code source}, {@code place}, {@code claim}, {@code
   * event}) and an id; its note. An error: {@code section} null, the {@code line} if known, and
   * the {@code violations}, as in {@link CorpusLines#ERRORS}.
   */
  static final StructType ROWS =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("documentIndex", DataTypes.IntegerType, false)
          .add("section", DataTypes.StringType, true)
          .add("position", DataTypes.IntegerType, true)
          .add("relation", DataTypes.StringType, true)
          .add("firstDataset", DataTypes.StringType, true)
          .add("firstKind", DataTypes.StringType, true)
          .add("firstId", DataTypes.StringType, true)
          .add("secondDataset", DataTypes.StringType, true)
          .add("secondKind", DataTypes.StringType, true)
          .add("secondId", DataTypes.StringType, true)
          .add("note", DataTypes.StringType, true)
          .add("line", DataTypes.IntegerType, true)
          .add("violations", DataTypes.createArrayType(CorpusLines.VIOLATION, false), true);

  private LinksDocuments() {}

  /**
   * The rows of the documents, one task a document.
   *
   * @param files the documents, in the corpus's order
   */
  static Dataset<Row> read(SparkSession spark, Map<String, String> settings, List<String> files) {
    if (files.isEmpty()) {
      return spark.createDataFrame(List.of(), ROWS);
    }
    List<String> documents = List.copyOf(files);
    List<Integer> indexes = IntStream.range(0, documents.size()).boxed().toList();
    JavaRDD<Row> rows =
        JavaSparkContext.fromSparkContext(spark.sparkContext())
            .parallelize(indexes, documents.size())
            .flatMap(i -> rows(settings, documents.get(i), i));
    return spark.createDataFrame(rows, ROWS);
  }

  /** One document's rows, made as they are asked for from the links read. */
  private static Iterator<Row> rows(Map<String, String> settings, String file, int index) {
    InputStream in;
    try {
      in = CorpusLines.open(settings, file);
    } catch (IOException e) {
      return List.of(unreadable(file, index, e)).iterator();
    }
    return rows(in, file, index);
  }

  /**
   * The rows of a links document read from its contents, which are closed: one row a link, or the
   * document's error rows.
   */
  static Iterator<Row> rows(InputStream in, String file, int index) {
    List<Row> errors = new ArrayList<>();
    Links links = readLinks(in, file, index, errors);
    if (links == null) {
      return errors.iterator();
    }
    if (links.schemaVersion().equals("1.0")) {
      return List.of(
              error(
                  file,
                  index,
                  null,
                  RowFactory.create(
                      "schemaVersion",
                      "NOT_IN_VERSION",
                      "links are new in schema version 1.1, and the document declares 1.0;"
                          + " declare 1.1")))
          .iterator();
    }
    List<IdentityStatement> identities = links.identities();
    List<ClaimLink> claims = links.claims();
    List<EventLink> events = links.events();
    return Stream.of(
            IntStream.range(0, identities.size())
                .mapToObj(i -> identity(file, index, i, identities.get(i))),
            IntStream.range(0, claims.size()).mapToObj(i -> claim(file, index, i, claims.get(i))),
            IntStream.range(0, events.size()).mapToObj(i -> event(file, index, i, events.get(i))))
        .flatMap(s -> s)
        .iterator();
  }

  private static Row identity(String file, int index, int position, IdentityStatement s) {
    return RowFactory.create(
        file,
        index,
        "identities",
        position,
        CorpusTables.word(s.identity()),
        s.first().dataset().value(),
        CorpusTables.word(s.first().kind()),
        s.first().id(),
        s.second().dataset().value(),
        CorpusTables.word(s.second().kind()),
        s.second().id(),
        s.note().orElse(null),
        null,
        null);
  }

  private static Row claim(String file, int index, int position, ClaimLink link) {
    return RowFactory.create(
        file,
        index,
        "claims",
        position,
        CorpusTables.word(link.kind()),
        link.from().dataset().value(),
        "claim",
        link.from().claim().value(),
        link.to().dataset().value(),
        "claim",
        link.to().claim().value(),
        link.note().orElse(null),
        null,
        null);
  }

  private static Row event(String file, int index, int position, EventLink link) {
    return RowFactory.create(
        file,
        index,
        "events",
        position,
        null,
        link.first().dataset().value(),
        "event",
        link.first().event().value(),
        link.second().dataset().value(),
        "event",
        link.second().event().value(),
        link.note().orElse(null),
        null,
        null);
  }

  /** Reads one document whole; null, with its error rows added, when it does not read. */
  private static Links readLinks(InputStream contents, String file, int index, List<Row> errors) {
    try (InputStream in = contents) {
      return Json.linksMapper().readValue(in, Links.class);
    } catch (InvalidLinksException e) {
      for (Problem p : e.problems()) {
        errors.add(error(file, index, p.line() > 0 ? p.line() : null, CorpusLines.violation(p)));
      }
    } catch (JacksonException e) {
      errors.add(
          error(
              file,
              index,
              e.getLocation() == null ? null : e.getLocation().getLineNr(),
              CorpusLines.documentViolation(e.getOriginalMessage())));
    } catch (IOException e) {
      errors.add(unreadable(file, index, e));
    }
    return null;
  }

  private static Row unreadable(String file, int index, IOException e) {
    return error(
        file, index, null, CorpusLines.documentViolation("cannot be read: " + e.getMessage()));
  }

  private static Row error(String file, int index, Integer line, Row violation) {
    return RowFactory.create(
        file,
        index,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        line,
        Seqs.of(List.of(violation)));
  }
}
