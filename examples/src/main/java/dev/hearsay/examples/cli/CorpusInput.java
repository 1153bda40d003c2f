package dev.hearsay.examples.cli;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.ValueCheckException;
import dev.hearsay.examples.render.ProblemWords;
import dev.hearsay.examples.render.SafeText;
import dev.hearsay.jackson.CorpusFiles;
import dev.hearsay.jackson.CorpusProblem;
import dev.hearsay.jackson.HearsayMappers;
import dev.hearsay.jackson.InvalidCorpusException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the query commands read: the embedded report alone (no FILE), the embedded worked corpus
 * ({@code --corpus}), one or more dataset files with their dataset ids taken from their names and
 * an optional links file, a corpus manifest, or JSON Lines ({@code .jsonl}) with an optional links
 * file. Everything is read as one {@link Corpus}: a single dataset is a corpus of one.
 *
 * <p>Reading never throws for bad input and never hands back part of a corpus: either every file
 * reads and the corpus keeps its rules, or every problem of every file is listed with its file,
 * line, column and path.
 */
final class CorpusInput {
  /** The class-path name of the worked corpus's manifest. */
  static final String EMBEDDED_CORPUS = "/dev/hearsay/examples/corpus/corpus.json";

  /** The dataset id of the embedded report, as the worked corpus names it. */
  static final DatasetId EMBEDDED_ID = DatasetId.of("kursk");

  /** The file name ending that marks JSON Lines, one dataset a line. */
  static final String JSON_LINES = ".jsonl";

  private final List<String> files;
  private final Optional<String> links;
  private final boolean embeddedCorpus;

  /**
   * @param files the FILE arguments
   * @param links the {@code --links} file, if given
   * @param embeddedCorpus whether {@code --corpus} was given
   */
  CorpusInput(List<String> files, Optional<String> links, boolean embeddedCorpus) {
    this.files = List.copyOf(files);
    this.links = links;
    this.embeddedCorpus = embeddedCorpus;
  }

  /** What came of reading the input. */
  sealed interface Reading permits Loaded, Refused {}

  /**
   * A whole corpus.
   *
   * @param corpus the corpus
   * @param name what was read, for messages: a file name, or the embedded report or corpus
   */
  record Loaded(Corpus corpus, String name) implements Reading {}

  /**
   * Input that cannot be used, and nothing of it kept.
   *
   * @param exit {@value HearsayCli#INVALID} when a document breaks a rule, {@value
   *     HearsayCli#UNREADABLE} when a file cannot be read, is not JSON, or the arguments do not go
   *     together
   * @param lines what is wrong, each line safe for a terminal; the last may say how many more
   *     problems there are than lines
   * @param total how many problems there are in all
   */
  record Refused(int exit, List<String> lines, long total) implements Reading {
    /** Input whose problems are all listed, one a line. */
    Refused(int exit, List<String> lines) {
      this(exit, lines, lines.size());
    }

    /**
     * Prints the first problems and how many more there are, with the command that lists them
     * all; all of them when there are few.
     *
     * @param err where to print
     * @param validate the arguments of {@code validate} that list every problem
     */
    void print(PrintWriter err, String validate) {
      int shown = total <= LISTED + 1 ? lines.size() : LISTED;
      lines.subList(0, shown).forEach(err::println);
      if (shown < lines.size()) {
        long more = total - shown;
        err.println(
            String.format(
                Locale.ROOT,
                "... and %,d more %s; run 'hearsay validate %s'" + " for every problem",
                more,
                more == 1 ? "problem" : "problems",
                validate));
      }
      err.flush();
    }
  }

  /** How many problems the commands other than {@code validate} print. */
  static final int LISTED = 5;

  /** The arguments of {@code validate} that read what this input reads. */
  String validateArguments() {
    if (embeddedCorpus) {
      return "--corpus";
    }
    List<String> args = new ArrayList<>();
    files.forEach(f -> args.add(SafeText.value(f)));
    links.ifPresent(l -> args.add("--links " + SafeText.value(l)));
    return String.join(" ", args);
  }

  /** Whether this input is more than one plain dataset file (or none): a corpus to read whole. */
  boolean isCorpus() {
    return embeddedCorpus
        || links.isPresent()
        || files.size() > 1
        || (files.size() == 1 && corpusFile(files.get(0)));
  }

  /**
   * Whether a file holds a corpus rather than one dataset: JSON Lines by its name, or a manifest,
   * a JSON object with a top-level {@code datasets} field. A file that cannot be read or parsed is
   * not a corpus file here; reading it says what is wrong.
   */
  static boolean corpusFile(String file) {
    if (file.endsWith(JSON_LINES)) {
      return true;
    }
    if (file.equals(DatasetInput.STANDARD_INPUT)) {
      return false;
    }
    try {
      Path path = Path.of(file);
      if (!Files.isRegularFile(path)) {
        return false;
      }
      try (InputStream in = Files.newInputStream(path);
          JsonParser parser = JsonMapper.builder().build().createParser(in)) {
        return manifest(parser);
      }
    } catch (InvalidPathException | IOException | JacksonException e) {
      return false;
    }
  }

  /** Whether the object the parser starts on has a top-level {@code datasets} field. */
  private static boolean manifest(JsonParser parser) {
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return false;
    }
    for (JsonToken token = parser.nextToken();
        token == JsonToken.PROPERTY_NAME;
        token = parser.nextToken()) {
      if (parser.currentName().equals("datasets")) {
        return true;
      }
      parser.nextToken();
      parser.skipChildren();
    }
    return false;
  }

  /** Reads the input; never throws for bad input. */
  Reading read() {
    JsonMapper mapper = HearsayMappers.recommended().build();
    if (embeddedCorpus) {
      if (!files.isEmpty() || links.isPresent()) {
        return refused(
            HearsayCli.UNREADABLE,
            "--corpus reads the worked corpus that ships with the program; give it no FILE and no"
                + " --links");
      }
      return embeddedCorpus(mapper);
    }
    if (files.isEmpty()) {
      if (links.isPresent()) {
        return refused(HearsayCli.UNREADABLE, "--links needs the dataset files it links");
      }
      return new Loaded(
          new Corpus.Builder().add(EMBEDDED_ID, new DatasetFiles().embedded()).build(),
          "the embedded report");
    }
    if (files.contains(DatasetInput.STANDARD_INPUT)) {
      return refused(
          HearsayCli.UNREADABLE,
          "standard input (-) is read by show and validate of"
              + " one dataset, not as part of a corpus; give a file name (a file named - is ./-)");
    }
    Optional<Path> linksPath;
    try {
      linksPath = links.map(Path::of);
    } catch (InvalidPathException e) {
      return refused(
          HearsayCli.UNREADABLE,
          SafeText.value(links.get()) + ": not a file name this system allows");
    }
    List<String> directories = new ArrayList<>();
    for (String file : files) {
      Path path = path(file);
      if (path != null && Files.isDirectory(path)) {
        directories.add(SafeText.value(file) + ": a directory, not a file");
      }
    }
    linksPath
        .filter(Files::isDirectory)
        .ifPresent(d -> directories.add(SafeText.value(links.get()) + ": a directory, not a file"));
    if (!directories.isEmpty()) {
      return new Refused(HearsayCli.UNREADABLE, directories);
    }
    if (files.size() == 1 && files.get(0).endsWith(JSON_LINES)) {
      Path lines = path(files.get(0));
      return lines == null
          ? notAFileName(files.get(0))
          : answer(() -> CorpusFiles.readLines(mapper, lines, linksPath), files.get(0), null);
    }
    if (files.size() == 1 && corpusFile(files.get(0))) {
      if (links.isPresent()) {
        return refused(
            HearsayCli.UNREADABLE,
            SafeText.value(files.get(0))
                + ": a corpus"
                + " manifest names its own links; give --links only with dataset files");
      }
      Path manifest = Path.of(files.get(0));
      return answer(
          () -> CorpusFiles.read(mapper, manifest),
          files.get(0),
          manifest.toAbsolutePath().getParent());
    }
    return datasetFiles(mapper, linksPath);
  }

  /** Dataset files under the ids their names give, and the links. */
  private Reading datasetFiles(JsonMapper mapper, Optional<Path> linksPath) {
    Map<DatasetId, Path> datasets = new LinkedHashMap<>();
    Map<DatasetId, String> named = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (String file : files) {
      Path path = path(file);
      if (path == null) {
        problems.add(SafeText.value(file) + ": not a file name this system allows");
        continue;
      }
      if (file.endsWith(JSON_LINES) || corpusFile(file)) {
        problems.add(
            SafeText.value(file)
                + ": holds a corpus, not one dataset; give a corpus"
                + " file alone");
        continue;
      }
      String id = idOf(path);
      DatasetId dataset;
      try {
        dataset = DatasetId.of(id);
      } catch (ValueCheckException e) {
        problems.add(
            SafeText.value(file)
                + ": '"
                + SafeText.value(id)
                + "' is not a dataset id"
                + " (1 to 128 letters, digits, '.', '_', ':' or '-', starting with a letter); rename"
                + " the file, or list it under an id in a corpus manifest");
        continue;
      }
      String earlier = named.putIfAbsent(dataset, file);
      if (earlier != null) {
        problems.add(
            SafeText.value(file)
                + ": two datasets under the id '"
                + dataset
                + "', this"
                + " and "
                + SafeText.value(earlier)
                + "; rename one, or list them under other ids in a"
                + " corpus manifest [DUPLICATE_ID]");
        continue;
      }
      datasets.put(dataset, path);
    }
    if (!problems.isEmpty()) {
      // Two files under one id break a rule of the corpus, as in a manifest; others are unread.
      boolean rules = problems.stream().allMatch(p -> p.endsWith("[DUPLICATE_ID]"));
      return new Refused(rules ? HearsayCli.INVALID : HearsayCli.UNREADABLE, problems);
    }
    String name = files.size() == 1 && links.isEmpty() ? files.get(0) : "the corpus";
    return answer(() -> CorpusFiles.read(mapper, datasets, linksPath), name, null);
  }

  /** The dataset id a file's name gives: the name without its directory and {@code .json}. */
  static String idOf(Path file) {
    Path name = file.getFileName();
    String text = name == null ? file.toString() : name.toString();
    return text.toLowerCase(Locale.ROOT).endsWith(".json")
        ? text.substring(0, text.length() - ".json".length())
        : text;
  }

  private static Path path(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      return null;
    }
  }

  private static Reading notAFileName(String file) {
    return refused(
        HearsayCli.UNREADABLE, SafeText.value(file) + ": not a file name this system allows");
  }

  /** The worked corpus from the class path, from the program's jar or its classes folder. */
  private static Reading embeddedCorpus(JsonMapper mapper) {
    URL url = CorpusInput.class.getResource(EMBEDDED_CORPUS);
    if (url == null) {
      throw new IllegalStateException("The embedded corpus " + EMBEDDED_CORPUS + " is missing");
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("jar")) {
        FileSystem jar = jarFileSystem(uri);
        return answer(
            () -> CorpusFiles.read(mapper, jar.provider().getPath(uri)), "the worked corpus", null);
      }
      return answer(() -> CorpusFiles.read(mapper, Path.of(uri)), "the worked corpus", null);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("The embedded corpus cannot be read", e);
    }
  }

  /** The file system of the program's jar, opened once. */
  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }

  /**
   * Runs a read, turning the problems of the corpus into lines.
   *
   * @param read the read
   * @param name what is read, for messages
   * @param directory the directory that the documents' names are relative to: the manifest's,
   *     or null for the working directory
   */
  private static Reading answer(Supplier<Corpus> read, String name, Path directory) {
    try {
      return new Loaded(read.get(), name);
    } catch (InvalidCorpusException e) {
      return refused(e, directory);
    } catch (JacksonIOException e) {
      return refused(
          HearsayCli.UNREADABLE,
          "cannot read the corpus: "
              + SafeText.message(ProblemWords.of(String.valueOf(e.getOriginalMessage()))));
    }
  }

  /**
   * Every problem of a corpus as a line, and the exit code they call for: {@value
   * HearsayCli#UNREADABLE} when a file cannot be read or is not JSON, as {@code validate} has it
   * for one dataset, and otherwise {@value HearsayCli#INVALID}.
   */
  private static Refused refused(InvalidCorpusException e, Path directory) {
    List<String> lines = new ArrayList<>();
    int exit = HearsayCli.INVALID;
    Set<String> checked = new HashSet<>();
    for (CorpusProblem problem : e.problems()) {
      lines.add(line(problem));
      if (unreadable(problem)
          || (checked.add(problem.document()) && notJson(problem.document(), directory))) {
        exit = HearsayCli.UNREADABLE;
      }
    }
    if (e.omitted() > 0) {
      lines.add(
          String.format(
              Locale.ROOT,
              "... and %,d more %s (%,d in all)",
              e.omitted(),
              e.omitted() == 1 ? "problem" : "problems",
              e.total()));
    }
    return new Refused(exit, lines, e.total());
  }

  /** A problem as {@code file:line:column: path: message [code]}, in words, safe. */
  static String line(CorpusProblem problem) {
    var p = problem.problem();
    String place =
        p.line() > 0 ? ", line " + p.line() + (p.column() > 0 ? ", column " + p.column() : "") : "";
    String where = p.where();
    String path =
        where.equals("document")
                || where.equals("Dataset")
                || where.equals("Links")
                || where.isEmpty()
            ? ""
            : where + ": ";
    return SafeText.value(problem.document())
        + place
        + ": "
        + SafeText.message(
            path + ProblemWords.of(p.message()) + p.code().map(c -> " [" + c + "]").orElse(""));
  }

  /** Whether a problem is one of reading rather than of a rule: the file cannot be read. */
  private static boolean unreadable(CorpusProblem problem) {
    return problem.problem().code().isEmpty()
        && problem.problem().message().startsWith("cannot be read");
  }

  /**
   * Whether a document with problems is not JSON at all, or breaks a read limit, as {@link
   * DatasetFiles} tells it apart from JSON that is not a valid dataset; for JSON Lines, whether a
   * line is not JSON.
   */
  private static boolean notJson(String document, Path directory) {
    Path file = path(document);
    if (file == null) {
      return false;
    }
    if (directory != null && !file.isAbsolute()) {
      file = directory.resolve(document);
    }
    if (!file.getFileSystem().equals(FileSystems.getDefault())) {
      return false;
    }
    if (!Files.isRegularFile(file)) {
      return Files.isDirectory(file);
    }
    if (document.endsWith(JSON_LINES)) {
      return lineNotJson(file);
    }
    return new DatasetFiles().read(file) instanceof DatasetFiles.Unreadable;
  }

  /** Whether a line of JSON Lines is not JSON, or the file cannot be read. */
  private static boolean lineNotJson(Path file) {
    JsonMapper json = HearsayMappers.recommended().build();
    try (var lines = Files.lines(file)) {
      return lines
          .filter(line -> !line.isBlank())
          .anyMatch(
              line -> {
                try {
                  json.readTree(line);
                  return false;
                } catch (JacksonException e) {
                  return true;
                }
              });
    } catch (IOException | UncheckedIOException e) {
      return true;
    }
  }

  private static Refused refused(int exit, String line) {
    return new Refused(exit, List.of(line));
  }
}
