package dev.hearsay.jackson;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.internal.read.CorpusAssembly;
import dev.hearsay.jackson.internal.read.CorpusReaders;
import dev.hearsay.jackson.internal.read.Utf8CheckedStream;
import dev.hearsay.jackson.internal.read.Utf8Checks;
import dev.hearsay.jackson.internal.write.CorpusWriters;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.base.DecorableTSFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a corpus in files: a manifest that names its datasets' files (or holds the
 * datasets inline) and its links, separate files named by the caller, or JSON Lines with one
 * dataset a line.
 *
 * <p>Reading returns a whole corpus that keeps every rule of {@link Corpus.Builder#build()}, or
 * throws one {@link InvalidCorpusException} that lists every problem of every file at once: a
 * file that cannot be read or is not JSON, a file that is not a dataset or not links, problems
 * inside a dataset or the links, two datasets under one id, links that name a missing dataset,
 * claim or entity. Each problem names its file, as the manifest or the caller named it, and the
 * path, line and column in it. Nothing is handed back half-loaded. A link that names a dataset
 * that could not be read is not reported: it would be found again once the dataset reads.
 *
 * <pre>{@code
 * JsonMapper mapper = HearsayMappers.recommended().build();
 * Corpus corpus = CorpusFiles.read(mapper, Path.of("corpus.json"));
 * Corpus same = CorpusFiles.read(mapper,
 *     Map.of(DatasetId.of("kursk"), Path.of("kursk.json"), DatasetId.of("kbs"), Path.of("kbs.json")),
 *     Optional.of(Path.of("links.json")));
 * }</pre>
 *
 * <p>Memory: the whole corpus, since it is checked whole; JSON Lines are read one line at a time.
 */
public final class CorpusFiles {
  private CorpusFiles() {}

  /**
   * Reads a corpus from its manifest, and the files the manifest names, relative to the
   * manifest's directory.
   *
   * @param mapper the mapper whose configuration applies to every file
   * @param manifest the manifest
   * @return the corpus
   * @throws InvalidCorpusException with every problem of every file
   */
  public static Corpus read(ObjectMapper mapper, Path manifest) {
    Objects.requireNonNull(mapper, "mapper");
    String name = manifest.toString();
    Path directory = manifest.toAbsolutePath().getParent();
    CorpusAssembly assembly = new CorpusAssembly(name, maxProblems(mapper));
    CorpusReaders.Files files =
        new CorpusReaders.Files() {
          @Override
          public Dataset dataset(String file, CorpusAssembly.Origin origin) {
            Path path = resolve(directory, file, assembly);
            return path == null ? null : CorpusFiles.dataset(mapper, path, origin, assembly);
          }

          @Override
          public void links(String file) {
            Path path = resolve(directory, file, assembly);
            if (path != null) {
              CorpusFiles.links(mapper, path, file, assembly);
            }
          }
        };
    try (InputStream in = open(manifest);
        JsonParser p = mapper.createParser(checked(mapper, in))) {
      CorpusReaders.manifest(p, name, assembly, files);
    } catch (IOException e) {
      assembly.problem(name, unreadable(e));
    } catch (JacksonIOException e) {
      assembly.problem(name, unreadable(e.getCause()));
    }
    return assembly.build();
  }

  /**
   * Reads a corpus from datasets' files under their ids, and a links file.
   *
   * @param mapper the mapper whose configuration applies to every file
   * @param datasets the datasets' files under their ids, in the corpus's order (use an ordered
   *     map, such as {@link LinkedHashMap}, to keep an order)
   * @param links the links file, if any
   * @return the corpus
   * @throws InvalidCorpusException with every problem of every file
   */
  public static Corpus read(
      ObjectMapper mapper, Map<DatasetId, Path> datasets, Optional<Path> links) {
    Objects.requireNonNull(mapper, "mapper");
    CorpusAssembly assembly = new CorpusAssembly("corpus", maxProblems(mapper));
    datasets.forEach(
        (id, file) -> {
          CorpusAssembly.Origin origin =
              new CorpusAssembly.Origin(file.toString(), "", 0, "id", -1, -1);
          Dataset read = dataset(mapper, file, origin, assembly);
          if (read == null) {
            assembly.unread(id);
          } else {
            assembly.dataset(id, read, origin);
          }
        });
    links.ifPresent(file -> links(mapper, file, file.toString(), assembly));
    return assembly.build();
  }

  /**
   * Reads a corpus from JSON Lines, one dataset a line, and a links file. Every line is read,
   * one at a time, and every problem of every line is reported, with its line number.
   *
   * @param mapper the mapper whose configuration applies to every line and the links
   * @param jsonLines the JSON Lines file
   * @param links the links file, if any
   * @return the corpus
   * @throws InvalidCorpusException with every problem of every line and of the links
   */
  public static Corpus readLines(ObjectMapper mapper, Path jsonLines, Optional<Path> links) {
    Objects.requireNonNull(mapper, "mapper");
    String name = jsonLines.toString();
    CorpusAssembly assembly = new CorpusAssembly(name, maxProblems(mapper));
    try (InputStream in = open(jsonLines)) {
      lines(mapper, in, name, assembly);
    } catch (IOException e) {
      assembly.problem(name, unreadable(e));
    }
    links.ifPresent(file -> links(mapper, file, file.toString(), assembly));
    return assembly.build();
  }

  /**
   * Reads a corpus from JSON Lines in a stream, and links in another.
   *
   * @param mapper the mapper whose configuration applies to every line and the links
   * @param jsonLines the lines, in UTF-8; closed when read
   * @param name the name of the lines in problems, such as {@code corpus.jsonl}
   * @param links the links document, in UTF-8, if any; closed when read
   * @return the corpus
   * @throws InvalidCorpusException with every problem of every line and of the links (named
   *     {@code links})
   */
  public static Corpus readLines(
      ObjectMapper mapper, InputStream jsonLines, String name, Optional<InputStream> links) {
    CorpusAssembly assembly = new CorpusAssembly(name, maxProblems(mapper));
    try (InputStream in = jsonLines) {
      lines(mapper, in, name, assembly);
    } catch (IOException e) {
      assembly.problem(name, unreadable(e));
    }
    if (links.isPresent()) {
      try (InputStream in = links.get();
          JsonParser p = mapper.createParser(checked(mapper, in))) {
        CorpusReaders.links(p, "links", assembly);
      } catch (IOException e) {
        assembly.problem("links", unreadable(e));
      } catch (JacksonIOException e) {
        assembly.problem("links", unreadable(e.getCause()));
      }
    }
    return assembly.build();
  }

  private static void lines(
      ObjectMapper mapper, InputStream in, String name, CorpusAssembly assembly) {
    try (DatasetLinesReader lines = DatasetLinesReader.open(mapper, in, name)) {
      if (!lines.hasNext()) {
        assembly.problem(
            name,
            wholeDocument("holds no dataset: the file is empty or has only blank lines", null));
        return;
      }
      while (lines.hasNext()) {
        try {
          DatasetLine line = lines.next();
          assembly.dataset(
              line.id(),
              line.dataset(),
              new CorpusAssembly.Origin(name, "dataset", line.line(), "id", line.line(), -1));
        } catch (JacksonException e) {
          if (e instanceof JacksonIOException) {
            throw e;
          }
          assembly.failed(new CorpusAssembly.Origin(name, "", 0, "", -1, -1), e);
          assembly.unread(null);
        }
      }
    } catch (JacksonIOException e) {
      assembly.problem(name, unreadable(e.getCause()));
    }
  }

  /**
   * Writes a corpus as a manifest with its datasets and links in files beside it: each dataset
   * as {@code <id>.json} (a ':' in an id written as '_', and a number added where two names would
   * be one, letter case aside, as on file systems that ignore it) and the links as {@code
   * links.json}, written only when they say something.
   *
   * @param mapper a mapper with {@link HearsayModule}; its indentation applies
   * @param corpus the corpus
   * @param manifest the manifest to write; the other files go beside it, replacing files of
   *     those names
   * @throws JacksonException when a file cannot be written
   */
  public static void write(ObjectMapper mapper, Corpus corpus, Path manifest) {
    Path directory = manifest.toAbsolutePath().getParent();
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("schemaVersion", Dataset.SCHEMA_VERSION);
    var list = root.putArray("datasets");
    Set<String> names = new HashSet<>();
    boolean links = CorpusWriters.saySomething(corpus.links());
    if (links) {
      names.add("links.json");
    }
    names.add(manifest.getFileName().toString().toLowerCase(Locale.ROOT));
    for (Map.Entry<DatasetId, Dataset> entry : corpus.datasets().entrySet()) {
      String file = fileName(entry.getKey(), names);
      writeFile(mapper, directory.resolve(file), entry.getValue());
      list.addObject().put("id", entry.getKey().value()).put("file", file);
    }
    if (links) {
      writeFile(mapper, directory.resolve("links.json"), corpus.links());
      root.put("links", "links.json");
    }
    writeFile(mapper, manifest, root);
  }

  /**
   * Writes a corpus as one manifest with every dataset and the links inline, as the mapper
   * writes a {@link Corpus}.
   *
   * @param mapper a mapper with {@link HearsayModule}
   * @param corpus the corpus
   * @param manifest the file to write
   * @throws JacksonException when the file cannot be written
   */
  public static void writeInline(ObjectMapper mapper, Corpus corpus, Path manifest) {
    writeFile(mapper, manifest, corpus);
  }

  /**
   * Writes a corpus's datasets as JSON Lines, one dataset a line, and its links, when they say
   * something, as a links document.
   *
   * @param mapper a mapper with {@link HearsayModule}
   * @param corpus the corpus
   * @param jsonLines the JSON Lines file to write
   * @param links the links file to write; not written when the links say nothing
   * @throws JacksonException when a file cannot be written
   */
  public static void writeLines(ObjectMapper mapper, Corpus corpus, Path jsonLines, Path links) {
    try (OutputStream out = Files.newOutputStream(jsonLines);
        DatasetLinesWriter lines = DatasetLinesWriter.open(mapper, out)) {
      corpus.datasets().forEach(lines::write);
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
    if (CorpusWriters.saySomething(corpus.links())) {
      writeFile(mapper, links, corpus.links());
    }
  }

  private static String fileName(DatasetId id, Set<String> taken) {
    String base = id.value().replace(':', '_');
    String name = base + ".json";
    for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
      name = base + "-" + i + ".json";
    }
    return name;
  }

  private static void writeFile(ObjectMapper mapper, Path file, Object value) {
    try (OutputStream out = Files.newOutputStream(file)) {
      mapper.writeValue(out, value);
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }

  private static Dataset dataset(
      ObjectMapper mapper, Path file, CorpusAssembly.Origin origin, CorpusAssembly assembly) {
    try (InputStream in = open(file)) {
      return mapper.readValue(checked(mapper, in), Dataset.class);
    } catch (IOException e) {
      assembly.problem(origin.document(), unreadable(e));
    } catch (InvalidDatasetException e) {
      String other = otherDocument(e);
      if (other == null) {
        assembly.failed(origin, e);
      } else {
        assembly.problem(
            origin.document(),
            new Problem("Dataset", -1, -1, "is not a dataset: it looks like " + other, null, null));
      }
    } catch (JacksonException e) {
      assembly.failed(origin, e);
    }
    return null;
  }

  /**
   * What else a document that is not a dataset looks like, by a top-level field of a links
   * document, a manifest or a line of JSON Lines; null when it looks like none of them.
   */
  private static String otherDocument(InvalidDatasetException e) {
    for (Problem problem : e.problems()) {
      if (problem.message().startsWith("'" + problem.path() + "' is not a field of Dataset")) {
        switch (problem.where()) {
          case "identities":
            return "a links document (it has 'identities'); name it as the corpus's links";
          case "datasets":
            return "a corpus manifest (it has 'datasets')";
          case "dataset":
            return "a line of JSON Lines (it has 'dataset'); read JSON Lines with"
                + " CorpusFiles.readLines";
          default:
            break;
        }
      }
    }
    return null;
  }

  private static void links(ObjectMapper mapper, Path file, String name, CorpusAssembly assembly) {
    try (InputStream in = open(file);
        JsonParser p = mapper.createParser(checked(mapper, in))) {
      CorpusReaders.links(p, name, assembly);
    } catch (IOException e) {
      assembly.problem(name, unreadable(e));
    } catch (JacksonIOException e) {
      // A read that fails inside the parser, such as of a directory, is a file that cannot be read.
      assembly.problem(name, unreadable(e.getCause()));
    }
  }

  /** A file a manifest names, or null, noted as a problem, when it is no name of this system. */
  private static Path resolve(Path directory, String file, CorpusAssembly assembly) {
    try {
      Path path = directory.resolve(file);
      if (Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path)) {
        // A pipe or a device named by a manifest could keep the reader waiting for ever.
        assembly.problem(
            file,
            wholeDocument("cannot be read: it is not a regular file but a pipe or a device", null));
        return null;
      }
      return path;
    } catch (InvalidPathException e) {
      assembly.problem(
          file,
          wholeDocument("cannot be read: it is not a file name this system allows", e.toString()));
      return null;
    }
  }

  /** Opens a file to read, refusing a directory with a message that says so. */
  private static InputStream open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new IOException("it is a directory");
    }
    return Files.newInputStream(file);
  }

  /** A problem of a whole document, at no line: {@code detail} is the error's text, or null. */
  private static Problem wholeDocument(String message, String detail) {
    return new Problem("document", -1, -1, message, null, detail);
  }

  private static Problem unreadable(IOException e) {
    String why =
        e instanceof NoSuchFileException
            ? "there is no such file"
            : Files.isDirectory(Path.of(String.valueOf(e.getMessage())))
                ? "it is a directory"
                : String.valueOf(e.getMessage());
    return wholeDocument("cannot be read: " + why, e.toString());
  }

  private static int maxProblems(ObjectMapper mapper) {
    try (JsonParser p = mapper.createParser("{}")) {
      return CorpusReaders.maxProblems(p);
    }
  }

  /** The input, to be checked for UTF-8 unless the mapper's factory checks it already. */
  private static InputStream checked(ObjectMapper mapper, InputStream in) {
    boolean checks =
        mapper.tokenStreamFactory() instanceof DecorableTSFactory decorable
            && decorable.getInputDecorator() instanceof Utf8Checks;
    return checks ? in : new Utf8CheckedStream(in);
  }
}
