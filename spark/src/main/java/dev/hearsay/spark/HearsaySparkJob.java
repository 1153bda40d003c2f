package dev.hearsay.spark;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The entry point for {@code spark-submit}: reads and checks a corpus in JSON Lines, writes the
 * errors, the tables and the answers asked for as Parquet under one directory, and prints what it
 * read and wrote.
 *
 * <pre>
 * spark-submit --class dev.hearsay.spark.HearsaySparkJob hearsay-spark.jar \
 *     --input s3a://archive/2024/ --links s3a://archive/links.json \
 *     --output s3a://archive/hearsay --tables all --answers evidence
 * </pre>
 *
 * <p>Options: {@code --input PATHS} (required; comma-separated files, directories or globs),
 * {@code --links PATHS} (comma-separated links documents: files, directories or globs), {@code
 * --output DIR} (required), {@code --tables NAMES} and {@code
 * --answers NAMES} (comma-separated names of {@link CorpusTables#NAMES} and {@link
 * CorpusAnswers#NAMES}, {@code all} or {@code none}; {@code none} unless given). The errors are
 * always written, to {@code DIR/errors}. Exit status: 0 when the job ran, whatever the errors
 * table holds; 2 when the command line is wrong.
 */
public final class HearsaySparkJob {
  private HearsaySparkJob() {}

  /**
   * Runs the job on the session that {@code spark-submit} configures.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("hearsay-spark: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("hearsay").getOrCreate();
    try {
      run(spark, options, System.out);
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job on a session.
   *
   * @param spark the session
   * @param args the options, as {@link #main} takes them
   * @param out where the summary goes
   * @throws IllegalArgumentException when the options are wrong
   */
  public static void run(SparkSession spark, String[] args, PrintStream out) {
    run(spark, Options.parse(args), out);
  }

  private static void run(SparkSession spark, Options options, PrintStream out) {
    CorpusLines corpus = CorpusLines.read(spark, options.inputs, options.links);
    corpus.errors().write().mode(SaveMode.Overwrite).parquet(options.output + "/errors");
    long valid = corpus.datasets().count();
    out.println(
        "read "
            + corpus.linesRead()
            + " lines in "
            + corpus.files().size()
            + " files: "
            + valid
            + " datasets, "
            + (corpus.linesRead() - valid)
            + " lines in errors; "
            + corpus.claimLinks().count()
            + " claim links and "
            + corpus.identityStatements().count()
            + " identity statements kept");
    CorpusTables.of(corpus)
        .write(options.output, options.tables)
        .forEach((name, dir) -> out.println("table " + name + ": " + dir));
    CorpusAnswers.of(corpus)
        .write(options.output, options.answers)
        .forEach((name, dir) -> out.println("answer " + name + ": " + dir));
  }

  /** The command line, read. */
  private static final class Options {
    static final String USAGE =
        "usage: HearsaySparkJob --input PATHS --output DIR [--links PATHS]"
            + " [--tables all|none|"
            + String.join(",", CorpusTables.NAMES)
            + "] [--answers all|none|"
            + String.join(",", CorpusAnswers.NAMES)
            + "]";

    List<String> inputs;
    List<String> links = List.of();
    String output;
    List<String> tables = List.of();
    List<String> answers = List.of();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--input" -> o.inputs = Arrays.asList(value.split(","));
          case "--links" -> o.links = Arrays.asList(value.split(","));
          case "--output" -> o.output = value;
          case "--tables" -> o.tables = names(value, CorpusTables.NAMES, name);
          case "--answers" -> o.answers = names(value, CorpusAnswers.NAMES, name);
          default -> throw new IllegalArgumentException("unknown option " + name);
        }
      }
      if (o.inputs == null || o.output == null) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      return o;
    }

    private static List<String> names(String value, List<String> known, String option) {
      if (value.equals("all")) {
        return known;
      }
      if (value.equals("none")) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      for (String name : value.split(",")) {
        if (!known.contains(name)) {
          throw new IllegalArgumentException(
              option + ": no '" + name + "'; the names are " + known);
        }
        names.add(name);
      }
      return names;
    }
  }
}
