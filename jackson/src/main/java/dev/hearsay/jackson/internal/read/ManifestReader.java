package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.jackson.DatasetLine;
import dev.hearsay.jackson.InvalidDatasetException;
import dev.hearsay.jackson.Problem;
import dev.hearsay.jackson.internal.DatasetField;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads a corpus manifest: its schema version, its datasets (each an id with a file, or with the
 * dataset inline) and its links (a file name, or the links inline). Every problem of the manifest
 * is noted, those of inline datasets and links with their paths in the manifest, and reading goes
 * on; the entries that could be read are handed back for the caller to resolve.
 */
final class ManifestReader {
  private static final List<String> REQUIRED = List.of(DatasetField.VERSION_NAME, "datasets");

  private ManifestReader() {}

  /** One entry of {@code datasets}, as far as it could be read. */
  static final class Entry {
    final int index;
    DatasetId id;
    String file;
    Dataset dataset;
    boolean failed = true;
    int idLine = -1;
    int idColumn = -1;

    Entry(int index) {
      this.index = index;
    }
  }

  /** The manifest as far as it could be read, and its problems. */
  static final class Manifest {
    final List<Entry> entries = new ArrayList<>();
    String linksFile;
    LinksReader.Read links;
    List<Problem> problems = List.of();
    long total;
  }

  static Manifest read(JsonCursor plain) {
    JsonCursor in = plain.noting();
    ProblemLog log = in.log();
    JsonParser p = in.parser();
    Manifest manifest = new Manifest();
    DatasetPath root = DatasetPath.root();
    try {
      if (in.token() != JsonToken.START_OBJECT) {
        throw Problems.wrongToken(p, Corpus.class, root, "a corpus manifest object");
      }
      in.fields(
          root,
          Corpus.class,
          new FieldNames(),
          REQUIRED,
          (name, at) -> {
            switch (name) {
              case DatasetField.VERSION_NAME -> guarded(in, at, () -> version(in, at));
              case "datasets" ->
                  guarded(
                      in, at, () -> in.elements(at, e -> entry(in, e, manifest), (index, e) -> {}));
              case "links" -> links(in, at, manifest);
              default -> {
                return false;
              }
            }
            return true;
          },
          () -> manifest);
    } catch (Refusal e) {
      log.add(e);
    } catch (LeftOut e) {
      // noted
    }
    manifest.problems = List.copyOf(log.kept());
    manifest.total = log.total();
    return manifest;
  }

  /** Reads a field's value, noting a problem and skipping the rest of the value. */
  private static void guarded(JsonCursor in, DatasetPath at, Runnable read) {
    TokenStreamContext holder = holder(in);
    try {
      read.run();
    } catch (Refusal e) {
      in.log().add(e);
      in.recover(holder, at);
    } catch (LeftOut e) {
      in.recover(holder, at);
    }
  }

  /** The object or array that holds the current value. */
  private static TokenStreamContext holder(JsonCursor in) {
    JsonToken token = in.token();
    TokenStreamContext context = in.parser().streamReadContext();
    return token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
        ? context.getParent()
        : context;
  }

  private static void version(JsonCursor in, DatasetPath at) {
    String version = LinksReader.version(in, at);
    if (version.equals("1.0")) {
      throw Problems.at(
          in.parser(),
          Corpus.class,
          at,
          "'1.0' has no corpus manifest; manifests are new in schema version 1.1");
    }
  }

  private static void links(JsonCursor in, DatasetPath at, Manifest manifest) {
    if (in.token() == JsonToken.VALUE_STRING) {
      manifest.linksFile = file(in, at);
      return;
    }
    if (in.token() != JsonToken.START_OBJECT) {
      guarded(
          in,
          at,
          () -> {
            throw Problems.wrongToken(
                in.parser(), Corpus.class, at, "a file name or a links object");
          });
      return;
    }
    TokenStreamContext holder = holder(in);
    try {
      manifest.links = LinksReader.readFields(in, at);
    } catch (Refusal e) {
      in.log().add(e);
      in.recover(holder, at);
    } catch (LeftOut e) {
      in.recover(holder, at);
    }
  }

  private static void entry(JsonCursor in, DatasetPath path, Manifest manifest) {
    Entry entry = new Entry(path.lastIndex());
    manifest.entries.add(entry);
    boolean[] datasetFailed = new boolean[1];
    in.object(
        path,
        DatasetEntry.class,
        List.of("id"),
        (name, at) -> {
          switch (name) {
            case "id" -> {
              TokenStreamLocation where = in.parser().currentTokenLocation();
              entry.id = LinksReader.datasetId(in, at);
              entry.idLine = where.getLineNr();
              entry.idColumn = where.getColumnNr();
            }
            case "file" -> entry.file = file(in, at);
            case "dataset" -> datasetFailed[0] = !inline(in, at, entry);
            default -> {
              return false;
            }
          }
          return true;
        },
        () -> {
          if (entry.file != null && (entry.dataset != null || datasetFailed[0])) {
            throw Problems.at(
                in.parser(),
                DatasetEntry.class,
                path,
                "gives both 'file' and 'dataset'; give the dataset's file or the dataset inline");
          }
          if (entry.file == null && entry.dataset == null && !datasetFailed[0]) {
            throw Problems.at(
                in.parser(),
                DatasetEntry.class,
                path,
                "gives neither 'file' nor 'dataset'; give the dataset's file or the dataset inline");
          }
          entry.failed = datasetFailed[0];
          return entry;
        });
  }

  /** One line of JSON Lines: a dataset's id and the dataset, and the problems of the line. */
  static Manifest line(JsonCursor plain) {
    JsonCursor in = plain.noting();
    ProblemLog log = in.log();
    JsonParser p = in.parser();
    Manifest line = new Manifest();
    DatasetPath root = DatasetPath.root();
    try {
      if (in.next(root) != JsonToken.START_OBJECT) {
        throw Problems.wrongToken(p, DatasetLine.class, root, "an object with 'id' and 'dataset'");
      }
      Entry entry = new Entry(0);
      line.entries.add(entry);
      boolean[] datasetFailed = new boolean[1];
      in.fields(
          root,
          DatasetLine.class,
          new FieldNames(),
          List.of("id", "dataset"),
          (name, at) -> {
            switch (name) {
              case "id" -> entry.id = LinksReader.datasetId(in, at);
              case "dataset" -> datasetFailed[0] = !inline(in, at, entry);
              default -> {
                return false;
              }
            }
            return true;
          },
          () -> entry);
      entry.failed = datasetFailed[0] || entry.dataset == null || !log.isEmpty();
      if (in.next(root) != null) {
        throw Problems.at(
            p,
            DatasetLine.class,
            root,
            "holds more than one value; a line of JSON Lines holds one object");
      }
    } catch (Refusal e) {
      log.add(e);
    } catch (LeftOut e) {
      // noted
    }
    line.problems = List.copyOf(log.kept());
    line.total = log.total();
    return line;
  }

  /** Reads a dataset inline, noting its problems at their paths here; false when it has some. */
  private static boolean inline(JsonCursor in, DatasetPath at, Entry entry) {
    TokenStreamContext holder = holder(in);
    try {
      entry.dataset = DatasetReader.read(in);
      return true;
    } catch (InvalidDatasetException e) {
      for (Problem problem : e.problems()) {
        in.log()
            .add(
                new Problem(
                    CorpusAssembly.within(at.toString(), problem.where()),
                    problem.line(),
                    problem.column(),
                    problem.message(),
                    problem.code().orElse(null),
                    problem.detail()),
                null);
      }
      in.log().count(e.omitted());
      in.recover(holder, at);
      return false;
    } catch (StreamReadException e) {
      throw Problems.within(in.parser(), at, e);
    } catch (StreamConstraintsException e) {
      throw Problems.within(at, e);
    }
  }

  private static String file(JsonCursor in, DatasetPath at) {
    String file = in.string(at);
    if (file.isBlank()) {
      throw Problems.at(in.parser(), DatasetEntry.class, at, "must name a file");
    }
    return file;
  }
}
