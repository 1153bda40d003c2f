package dev.hearsay.spark;

import dev.hearsay.core.corpus.Links;
import dev.hearsay.jackson.CorpusProblem;
import dev.hearsay.jackson.DatasetLine;
import dev.hearsay.jackson.DatasetLinesReader;
import dev.hearsay.jackson.InvalidCorpusException;
import dev.hearsay.jackson.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;

/**
 * A corpus in sharded JSON Lines, read and checked: each line ({@code {"id": ..., "dataset":
 * {...}}}) by Hearsay's own {@link DatasetLinesReader} inside the executors, one file a task,
 * plain or gzip (by the {@code .gz} name, through Hadoop's codecs), from any path Spark reads.
 * Nothing is lost: every line read ends either among the {@linkplain #datasets() datasets} or as
 * a row of the {@linkplain #errors() errors}, so that {@code datasets().count() + errors of the
 * lines = linesRead()}. A bad line, or a bad link, never fails the job.
 *
 * <p>The links may come as several links documents, each read whole by Hearsay's links reader in
 * one executor task and turned into rows there; the corpus's links are their union, in the order
 * of the documents' names, then of the links in each. A link that names a dataset, an entity, a
 * claim or an event that no valid line holds is an error row of its document and is left out of
 * the links the tables and the answers use; the links are never gathered on the driver.
 *
 * <pre>{@code
 * CorpusLines corpus = CorpusLines.read(spark, List.of("s3a://archive/2024/*.jsonl.gz"),
 *     List.of("s3a://archive/links/"));
 * corpus.errors().show();
 * }</pre>
 */
public final class CorpusLines implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The columns of {@link #datasets()}. */
  public static final StructType DATASETS =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("fileIndex", DataTypes.IntegerType, false)
          .add("line", DataTypes.IntegerType, false)
          .add("id", DataTypes.StringType, false)
          .add("json", DataTypes.BinaryType, false);

  /** The columns of a violation in {@link #ERRORS}. */
  public static final StructType VIOLATION =
      new StructType()
          .add("path", DataTypes.StringType, false)
          .add("code", DataTypes.StringType, true)
          .add("message", DataTypes.StringType, false);

  /** The columns of {@link #errors()}. */
  public static final StructType ERRORS =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("line", DataTypes.IntegerType, true)
          .add("id", DataTypes.StringType, true)
          .add("violations", DataTypes.createArrayType(VIOLATION, false), false);

  static final StructType READ =
      new StructType()
          .add("file", DataTypes.StringType, false)
          .add("fileIndex", DataTypes.IntegerType, false)
          .add("line", DataTypes.IntegerType, true)
          .add("id", DataTypes.StringType, true)
          .add("json", DataTypes.BinaryType, true)
          .add("violations", DataTypes.createArrayType(VIOLATION, false), true)
          .add(Extract.CONTENTS.apply("entities"))
          .add(Extract.CONTENTS.apply("claims"))
          .add(Extract.CONTENTS.apply("duplicates"))
          .add(Extract.CONTENTS.apply("events"));

  private static final String[] DATASET_COLUMNS = {"file", "fileIndex", "line", "id", "json"};

  private final transient Dataset<Row> datasets;
  private final transient Dataset<Row> errors;
  private final transient Dataset<Row> links;
  private final List<String> files;
  private final long linesRead;
  private final List<String> linksFiles;

  private CorpusLines(
      Dataset<Row> datasets,
      Dataset<Row> errors,
      Dataset<Row> links,
      List<String> files,
      long linesRead,
      List<String> linksFiles) {
    this.datasets = datasets;
    this.errors = errors;
    this.links = links;
    this.files = files;
    this.linesRead = linesRead;
    this.linksFiles = linksFiles;
  }

  /**
   * Reads and checks JSON Lines, and the links of one links document.
   *
   * @param spark the session
   * @param paths files, directories (read whole, without files whose names start with {@code _}
   *     or {@code .}) or glob patterns, in any file system Spark's Hadoop configuration reaches
   * @param links the links document, if any
   * @return the datasets and the errors, computed once and kept (memory and disk) for the
   *     queries that follow
   * @throws UncheckedIOException when a path cannot be listed
   * @throws IllegalArgumentException when the paths hold no file
   */
  public static CorpusLines read(SparkSession spark, List<String> paths, Optional<String> links) {
    return read(spark, paths, links.map(List::of).orElse(List.of()));
  }

  /**
   * Reads and checks JSON Lines, and the links of any number of links documents, each a whole
   * links document; the corpus's links are their union, in the order of the documents' names,
   * then of the links in each.
   *
   * @param spark the session
   * @param paths files, directories (read whole, without files whose names start with {@code _}
   *     or {@code .}) or glob patterns, in any file system Spark's Hadoop configuration reaches
   * @param links the links documents: files, directories or glob patterns, as {@code paths}; a
   *     path that matches no file is an error row of that path; a file that {@code paths} also
   *     matches is read as links only
   * @return the datasets and the errors, computed once and kept (memory and disk) for the
   *     queries that follow
   * @throws UncheckedIOException when a path cannot be listed
   * @throws IllegalArgumentException when the paths hold no file
   */
  public static CorpusLines read(SparkSession spark, List<String> paths, List<String> links) {
    Objects.requireNonNull(spark, "spark");
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    List<String> files = new ArrayList<>(list(conf, paths, path -> {}));
    List<Row> unmatched = new ArrayList<>();
    List<String> linksFiles = list(conf, links, path -> unmatched.add(noFile(path)));
    // A links document is never a file of lines, though a directory of the input may hold it.
    files.removeAll(new HashSet<>(linksFiles));
    if (files.isEmpty()) {
      throw new IllegalArgumentException("CorpusLines.read: no file in " + paths);
    }
    Map<String, String> settings = settings(conf);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Integer> indexes = new ArrayList<>(files.size());
    for (int i = 0; i < files.size(); i++) {
      indexes.add(i);
    }
    JavaRDD<Row> read =
        context
            .parallelize(indexes, files.size())
            .flatMap(i -> readFile(settings, files.get(i), i));
    Dataset<Row> all =
        spark.createDataFrame(read, READ).persist(StorageLevel.MEMORY_AND_DISK_SER());
    long linesRead = all.count();
    Dataset<Row> valid = all.filter(functions.col("violations").isNull());
    Dataset<Row> ranked =
        valid
            .select("file", "fileIndex", "line", "id")
            .withColumn(
                "rank",
                functions.row_number().over(Window.partitionBy("id").orderBy("fileIndex", "line")));
    // The repeats' places, found once: every use of the datasets takes the valid lines less these.
    Dataset<Row> later =
        Frames.kept(
            ranked.filter(functions.col("rank").gt(1)).select("file", "fileIndex", "line", "id"));
    Dataset<Row> first =
        valid
            .join(
                functions.broadcast(later.select("fileIndex", "line")),
                scala(List.of("fileIndex", "line")),
                "left_anti")
            .select(
                "file",
                "fileIndex",
                "line",
                "id",
                "json",
                "entities",
                "claims",
                "duplicates",
                "events");
    Dataset<Row> firstPlace =
        ranked
            .filter(functions.col("rank").equalTo(1))
            .select(
                functions.col("id").as("firstId"),
                functions.col("file").as("firstFile"),
                functions.col("line").as("firstLine"));
    Dataset<Row> duplicates =
        later
            .join(firstPlace, functions.col("id").equalTo(functions.col("firstId")))
            .select(
                functions.col("file"),
                functions.col("line"),
                functions.col("id"),
                functions
                    .array(
                        functions.struct(
                            functions.lit("id").as("path"),
                            functions.lit("DUPLICATE_ID").as("code"),
                            functions
                                .concat(
                                    functions.lit("the dataset id '"),
                                    functions.col("id"),
                                    functions.lit("' is already used by line "),
                                    functions.col("firstLine").cast("string"),
                                    functions.lit(" of "),
                                    functions.col("firstFile"),
                                    functions.lit("; give each dataset its own id"))
                                .as("message")))
                    .as("violations"));
    Dataset<Row> lineErrors =
        all.filter(functions.col("violations").isNotNull())
            .select("file", "line", "id", "violations")
            .union(duplicates);
    Dataset<Row> datasets = first;
    LinksCheck check = LinksCheck.of(spark, settings, linksFiles, datasets);
    Dataset<Row> errors =
        spark.createDataFrame(
            lineErrors.union(check.errors()).union(spark.createDataFrame(unmatched, ERRORS)).rdd(),
            ERRORS);
    return new CorpusLines(
        datasets, errors, check.kept(), List.copyOf(files), linesRead, List.copyOf(linksFiles));
  }

  /**
   * The valid datasets, the first line of each id: {@code file} and {@code line} where it was
   * read, {@code fileIndex} (the file's place in the sorted list of files), {@code id}, and
   * {@code json}, the dataset as Hearsay writes it. The corpus's order is that of {@code
   * fileIndex}, then {@code line}.
   *
   * @return the datasets, kept
   */
  public Dataset<Row> datasets() {
    return datasets.select(DATASET_COLUMNS[0], Arrays.copyOfRange(DATASET_COLUMNS, 1, 5));
  }

  /**
   * The valid datasets with what the joins need of each, taken out when its line was read: the
   * columns of {@link #datasets()} and {@link Extract#CONTENTS}.
   */
  Dataset<Row> contents() {
    return datasets;
  }

  /**
   * One row per line that did not become a dataset, per link that names what no valid line holds
   * (a row of its links document), and per problem of a links document that does not read: {@code
   * file}, {@code line} (null when not known, such as a link's, or a file that cannot be read),
   * {@code id} (a later line under an id already used, else null) and {@code violations}, each
   * with its {@code path} in the line's dataset (or in its links document), its {@code code} (the
   * rule broken, null for a problem of reading) and its {@code message}.
   *
   * @return the errors
   */
  public Dataset<Row> errors() {
    return errors;
  }

  /**
   * How many lines with content were read (blank lines are skipped, as the reader skips them).
   *
   * @return the lines read
   */
  public long linesRead() {
    return linesRead;
  }

  /**
   * The files read, in the corpus's order.
   *
   * @return the files
   */
  public List<String> files() {
    return files;
  }

  /**
   * The links kept, without those that name what no valid line holds, gathered on the driver: a
   * convenience for small corpora and tests, since the links of a large corpus need not fit in the
   * driver's memory (the tables and the answers never gather them).
   *
   * @return the union of the links documents' links, in their order; with no identity statement
   *     or link when none were given or none could be read
   */
  public Links links() {
    Links.Builder kept = new Links.Builder().schemaVersion(Links.none().schemaVersion());
    for (Row r : ordered(identityStatements())) {
      kept.addIdentities(LinkRows.identityStatement(r));
    }
    for (Row r : ordered(claimLinks())) {
      kept.addClaims(LinkRows.claimLink(r));
    }
    for (Row r : ordered(eventLinks())) {
      kept.addEvents(LinkRows.eventLink(r));
    }
    return kept.build();
  }

  private static List<Row> ordered(Dataset<Row> links) {
    return links.orderBy("documentIndex", "position").collectAsList();
  }

  /**
   * The links documents read, in the corpus's order.
   *
   * @return the documents' files
   */
  public List<String> linksFiles() {
    return linksFiles;
  }

  private static scala.collection.immutable.Seq<String> scala(List<String> columns) {
    return scala.jdk.javaapi.CollectionConverters.asScala(columns).toList();
  }

  /**
   * The identity statements kept, one row each, with the columns of {@link
   * LinkRows#identityStatements}; computed once and kept (memory and disk).
   */
  Dataset<Row> identityStatements() {
    return LinkRows.identityStatements(links);
  }

  /** The claim links kept, with the columns of {@link LinkRows#claimLinks}; kept. */
  Dataset<Row> claimLinks() {
    return LinkRows.claimLinks(links);
  }

  /** The event links kept, with the columns of {@link LinkRows#eventLinks}; kept. */
  Dataset<Row> eventLinks() {
    return LinkRows.eventLinks(links);
  }

  /** The error row of a links path that matches no file. */
  private static Row noFile(String path) {
    return RowFactory.create(
        path,
        null,
        null,
        Seqs.of(List.of(documentViolation("cannot be read: no file matches this path"))));
  }

  /**
   * Every file under the paths, sorted by name; each path that matches nothing is handed to
   * {@code unmatched}.
   */
  private static List<String> list(
      Configuration conf, List<String> paths, Consumer<String> unmatched) {
    List<String> files = new ArrayList<>();
    try {
      for (String text : paths) {
        Path path = new Path(text);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(path);
        if (matched == null || matched.length == 0) {
          unmatched.accept(text);
          continue;
        }
        for (FileStatus status : matched) {
          if (status.isDirectory()) {
            RemoteIterator<LocatedFileStatus> under = fs.listFiles(status.getPath(), true);
            while (under.hasNext()) {
              Path file = under.next().getPath();
              if (!hidden(file)) {
                files.add(file.toString());
              }
            }
          } else {
            files.add(status.getPath().toString());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + paths, e);
    }
    Collections.sort(files);
    return files.stream().distinct().toList();
  }

  private static boolean hidden(Path file) {
    String name = file.getName();
    return name.startsWith("_") || name.startsWith(".");
  }

  /** The Hadoop settings, to open the files with in the executors. */
  static Map<String, String> settings(Configuration conf) {
    Map<String, String> settings = new HashMap<>();
    for (Map.Entry<String, String> entry : conf) {
      settings.put(entry.getKey(), entry.getValue());
    }
    return settings;
  }

  static Configuration configuration(Map<String, String> settings) {
    Configuration conf = new Configuration(false);
    settings.forEach(conf::set);
    return conf;
  }

  /** Opens a file through Hadoop, decompressed by the codec its name calls for. */
  static InputStream open(Map<String, String> settings, String file) throws IOException {
    Configuration conf = configuration(settings);
    Path path = new Path(file);
    InputStream in = path.getFileSystem(conf).open(path);
    CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(path);
    return codec == null ? in : codec.createInputStream(in);
  }

  /** Reads one file's lines with Hearsay's reader: one row a line, valid or not. */
  private static Iterator<Row> readFile(Map<String, String> settings, String file, int index) {
    InputStream in;
    try {
      in = open(settings, file);
    } catch (IOException e) {
      return List.of(unreadable(file, index, e)).iterator();
    }
    return lineRows(in, file, index).iterator();
  }

  /**
   * The rows of a file's lines, read from its contents with Hearsay's reader and closed: one row a
   * line, a dataset or its violations, and one row more for the rest of the file when it cannot be
   * read to its end.
   */
  static List<Row> lineRows(InputStream in, String file, int index) {
    List<Row> rows = new ArrayList<>();
    try (DatasetLinesReader lines = DatasetLinesReader.open(Json.mapper(), in, file)) {
      while (lines.hasNext()) {
        try {
          DatasetLine line = lines.next();
          Object[] contents = Extract.contents(line.dataset());
          rows.add(
              RowFactory.create(
                  file,
                  index,
                  line.line(),
                  line.id().value(),
                  Json.write(line.dataset()),
                  null,
                  contents[0],
                  contents[1],
                  contents[2],
                  contents[3]));
        } catch (InvalidCorpusException e) {
          List<Row> violations = new ArrayList<>();
          Integer at = null;
          for (CorpusProblem problem : e.problems()) {
            Problem p = problem.problem();
            at = at == null && p.line() > 0 ? p.line() : at;
            violations.add(violation(p));
          }
          rows.add(failed(file, index, at, Seqs.of(violations)));
        } catch (JacksonException e) {
          if (e instanceof JacksonIOException) {
            throw e;
          }
          rows.add(
              failed(
                  file,
                  index,
                  e.getLocation() == null ? null : e.getLocation().getLineNr(),
                  Seqs.of(List.of(documentViolation(e.getOriginalMessage())))));
        }
      }
    } catch (JacksonIOException e) {
      rows.add(unreadable(file, index, e));
    }
    return rows;
  }

  /**
   * A violation row of a whole document rather than of a place in a dataset: a file that cannot
   * be read, JSON that breaks off, a path that matches nothing.
   */
  static Row documentViolation(String message) {
    return RowFactory.create("document", null, message);
  }

  /** The row of a file, or of its rest, that cannot be read. */
  private static Row unreadable(String file, int index, Exception e) {
    return failed(
        file,
        index,
        null,
        Seqs.of(List.of(documentViolation("cannot be read: " + e.getMessage()))));
  }

  /** A line, or a file, that did not become a dataset. */
  private static Row failed(String file, int index, Integer line, Object violations) {
    return RowFactory.create(file, index, line, null, null, violations, null, null, null, null);
  }

  static Row violation(Problem p) {
    return RowFactory.create(p.where(), p.code().map(Enum::name).orElse(null), p.message());
  }
}
