package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.jackson.CorpusProblem;
import dev.hearsay.jackson.DatasetLine;
import dev.hearsay.jackson.InvalidCorpusException;
import dev.hearsay.jackson.Problem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DeserializationContext;

/**
 * The readers of a corpus's documents for the public corpus readers: a manifest, a links document
 * with the places of its elements, and a line of JSON Lines. Internal to the Hearsay module; this
 * package is not exported.
 */
public final class CorpusReaders {
  private CorpusReaders() {}

  /** Reads the datasets and links files that a manifest names. */
  public interface Files {
    /**
     * Reads a dataset's file, noting its problems in the assembly.
     *
     * @param file the file as the manifest names it
     * @param origin where the dataset's problems are reported
     * @return the dataset, or null when it could not be read
     */
    Dataset dataset(String file, CorpusAssembly.Origin origin);

    /**
     * Reads the links file, adding the links or noting their problems in the assembly.
     *
     * @param file the file as the manifest names it
     */
    void links(String file);
  }

  /**
   * How many problems the context says to keep.
   *
   * @param p a parser created by an object mapper or reader
   * @return the limit
   */
  public static int maxProblems(JsonParser p) {
    return new JsonCursor(p, context(p)).maxProblems();
  }

  /**
   * Reads a manifest and the files it names, in the manifest's order, into the assembly.
   *
   * @param p the parser, before the manifest's first token
   * @param document the manifest's name in problems
   * @param assembly where the datasets, links and problems go
   * @param files reads the files the manifest names
   */
  public static void manifest(JsonParser p, String document, CorpusAssembly assembly, Files files) {
    JsonCursor in = new JsonCursor(p, context(p));
    ManifestReader.Manifest manifest;
    try {
      in.next(DatasetPath.root());
      manifest = ManifestReader.read(in);
      if (in.next(DatasetPath.root()) != null) {
        throw Problems.at(
            p,
            Corpus.class,
            DatasetPath.root(),
            "is followed by more content; a manifest holds one object");
      }
    } catch (JacksonException e) {
      assembly.failed(new CorpusAssembly.Origin(document, "", 0, "", -1, -1), e);
      return;
    }
    resolve(manifest, document, assembly, files);
  }

  /** Notes a manifest's problems and adds its datasets and links, reading the files it names. */
  static void resolve(
      ManifestReader.Manifest manifest, String document, CorpusAssembly assembly, Files files) {
    for (Problem problem : manifest.problems) {
      assembly.problem(document, problem);
    }
    assembly.count(manifest.total - manifest.problems.size());
    for (ManifestReader.Entry entry : manifest.entries) {
      String at = "datasets[" + entry.index + "]";
      if (entry.failed || entry.id == null) {
        assembly.unread(entry.id);
        continue;
      }
      if (entry.dataset != null) {
        assembly.dataset(
            entry.id,
            entry.dataset,
            new CorpusAssembly.Origin(
                document, at + ".dataset", 0, at + ".id", entry.idLine, entry.idColumn));
        continue;
      }
      Dataset read =
          files.dataset(
              entry.file,
              new CorpusAssembly.Origin(
                  entry.file, "", 0, at + ".id", entry.idLine, entry.idColumn));
      if (read == null) {
        assembly.unread(entry.id);
      } else {
        assembly.dataset(
            entry.id,
            read,
            new CorpusAssembly.Origin(entry.file, "", 0, at + ".id", entry.idLine, entry.idColumn));
      }
    }
    if (manifest.links != null) {
      assembly.links(manifest.links, new CorpusAssembly.Origin(document, "links", 0, "", -1, -1));
    } else if (manifest.linksFile != null) {
      files.links(manifest.linksFile);
    }
  }

  /**
   * Reads a whole links document into the assembly: the links, with the places of their
   * elements, or their problems.
   *
   * @param p the parser, before the document's first token
   * @param document the document's name in problems
   * @param assembly where the links or their problems go
   * @return true when the links were read
   * @throws JacksonIOException when the input fails while it is read: the caller reports the
   *     document as one that cannot be read
   */
  public static boolean links(JsonParser p, String document, CorpusAssembly assembly) {
    CorpusAssembly.Origin origin = new CorpusAssembly.Origin(document, "", 0, "", -1, -1);
    try {
      JsonCursor in = new JsonCursor(p, context(p));
      in.next(DatasetPath.root());
      LinksReader.Read read = LinksReader.readWithStarts(in);
      if (in.next(DatasetPath.root()) != null) {
        throw Problems.at(
            p,
            Links.class,
            DatasetPath.root(),
            "is followed by more content; a links document holds one object");
      }
      assembly.links(read, origin);
      return true;
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      assembly.failed(origin, e);
      return false;
    }
  }

  /**
   * Reads one line of JSON Lines.
   *
   * @param p a parser over the line alone
   * @param line the line's number, reported with each problem
   * @param document the file's name in problems
   * @return the line's dataset
   * @throws InvalidCorpusException with every problem of the line
   * @throws JacksonException when the line is not JSON
   */
  public static DatasetLine line(JsonParser p, int line, String document) {
    JsonCursor in = new JsonCursor(p, context(p));
    ManifestReader.Manifest read;
    try {
      read = ManifestReader.line(in);
    } catch (JacksonException e) {
      Problem problem = CorpusAssembly.fromMessage(e);
      throw new InvalidCorpusException(
          List.of(
              new CorpusProblem(
                  document,
                  new Problem(
                      problem.where(), line, problem.column(), problem.message(), null, null))),
          1);
    }
    ManifestReader.Entry entry = read.entries.isEmpty() ? null : read.entries.get(0);
    if (read.total == 0 && entry != null && !entry.failed) {
      return new DatasetLine(line, entry.id, entry.dataset);
    }
    List<CorpusProblem> problems = new ArrayList<>();
    for (Problem problem : read.problems) {
      problems.add(
          new CorpusProblem(
              document,
              new Problem(
                  problem.where(),
                  line,
                  problem.column(),
                  problem.message(),
                  problem.code().orElse(null),
                  problem.detail())));
    }
    if (problems.isEmpty()) {
      throw new IllegalStateException("a line failed without a problem");
    }
    throw new InvalidCorpusException(problems, Math.max(read.total, problems.size()));
  }

  private static DeserializationContext context(JsonParser p) {
    if (!(p.objectReadContext() instanceof DeserializationContext ctxt)) {
      throw new IllegalArgumentException("the parser was not created by an ObjectMapper");
    }
    return ctxt;
  }
}
