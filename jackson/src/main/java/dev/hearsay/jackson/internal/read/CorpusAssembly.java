package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusViolation;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.EventLink;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.corpus.ValidatedCorpus;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.ViolationCode;
import dev.hearsay.jackson.CorpusProblem;
import dev.hearsay.jackson.InvalidCorpusException;
import dev.hearsay.jackson.InvalidDatasetException;
import dev.hearsay.jackson.InvalidLinksException;
import dev.hearsay.jackson.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * A corpus put together from its documents as they are read: the datasets that could be read,
 * each with the document and place it came from, the links, and the problems of every document.
 * {@link #build()} checks the corpus's rules on what was read and either returns the whole corpus
 * or throws one {@link InvalidCorpusException} with every problem, each naming its document and
 * the path, line and column in it. Internal to the Hearsay module; this package is not exported.
 */
public final class CorpusAssembly {
  private static final Pattern LINK_ELEMENT =
      Pattern.compile("^(identities|claims|events)\\[(\\d+)]");

  private final int max;
  private final String corpusDocument;
  private final List<CorpusProblem> kept = new ArrayList<>();
  private long total;
  private final List<DatasetId> ids = new ArrayList<>();
  private final List<Dataset> datasets = new ArrayList<>();
  private final List<Origin> origins = new ArrayList<>();

  /** The ids of datasets that could not be read, whose references are not reported. */
  private final Set<DatasetId> unread = new HashSet<>();

  private boolean someUnnamed;
  private Links links;
  private Origin linksOrigin;
  private ElementStarts linkStarts;

  /**
   * Starts with nothing read.
   *
   * @param corpusDocument the document that lists the datasets: the manifest's file name, the
   *     JSON Lines file's name, or {@code corpus}
   * @param maxProblems how many problems to keep; the rest are counted
   */
  public CorpusAssembly(String corpusDocument, int maxProblems) {
    this.corpusDocument = corpusDocument;
    this.max = maxProblems;
  }

  /**
   * Where a value came from: its document, the path of the value in it (empty for a document of
   * its own), and the line to report for every problem of the value when the document is JSON
   * Lines (0 otherwise).
   *
   * @param document the file name
   * @param path the path of the value in the document: {@code datasets[2].dataset}, or empty
   * @param line the line of a JSON Lines file, or 0
   * @param idPath the path of the dataset's id in the corpus's list: {@code datasets[2].id}, or
   *     {@code id} in a line of JSON Lines
   * @param idLine the line of the id, or -1
   * @param idColumn the column of the id, or -1
   */
  public record Origin(
      String document, String path, int line, String idPath, int idLine, int idColumn) {}

  /**
   * Adds a dataset that was read.
   *
   * @param id its id
   * @param dataset the dataset
   * @param origin where it came from
   */
  public void dataset(DatasetId id, Dataset dataset, Origin origin) {
    ids.add(id);
    datasets.add(dataset);
    origins.add(origin);
  }

  /**
   * Notes a dataset that could not be read: references to it are not reported, since they would
   * be found again once it reads.
   *
   * @param id its id, or null when the id could not be read either
   */
  public void unread(DatasetId id) {
    if (id == null) {
      someUnnamed = true;
    } else {
      unread.add(id);
    }
  }

  /**
   * Sets the links that were read.
   *
   * @param read the links, with where their elements start
   * @param origin where they came from
   */
  void links(LinksReader.Read read, Origin origin) {
    this.links = read.links();
    this.linkStarts = read.starts();
    this.linksOrigin = origin;
  }

  /**
   * Notes a problem of a document.
   *
   * @param document the document
   * @param problem the problem
   */
  public void problem(String document, Problem problem) {
    total++;
    if (kept.size() < max) {
      kept.add(new CorpusProblem(document, problem));
    }
  }

  /**
   * Counts problems that are not kept.
   *
   * @param n how many
   */
  public void count(long n) {
    total += n;
  }

  /**
   * Notes the problems of a document, or of a value in it, that could not be read: every problem
   * of a dataset or links that could be read on, or the one place where the JSON broke.
   *
   * @param origin where the value is: its document, path and JSON Lines line
   * @param e the exception of the reader
   */
  public void failed(Origin origin, JacksonException e) {
    for (Throwable suppressed : e.getSuppressed()) {
      // A limit carries Jackson's own exception, which names the setting: the same problem.
      if (suppressed instanceof JacksonException earlier
          && !(suppressed instanceof StreamConstraintsException)) {
        failed(origin, earlier);
      }
    }
    List<Problem> problems;
    long count;
    if (e instanceof InvalidDatasetException invalid) {
      problems = invalid.problems();
      count = invalid.total();
    } else if (e instanceof InvalidLinksException invalid) {
      problems = invalid.problems();
      count = invalid.total();
    } else if (e instanceof InvalidCorpusException invalid) {
      for (CorpusProblem problem : invalid.problems()) {
        problem(problem.document(), problem.problem());
      }
      total += invalid.omitted();
      return;
    } else {
      problems = List.of(fromMessage(e));
      count = 1;
    }
    for (Problem problem : problems) {
      problem(
          origin.document(),
          new Problem(
              within(origin.path(), problem.where()),
              origin.line() > 0 ? origin.line() : problem.line(),
              problem.column(),
              problem.message(),
              problem.code().orElse(null),
              problem.detail()));
    }
    total += count - problems.size();
  }

  /** A problem from a reader's message, {@code path: statement}, at its location. */
  static Problem fromMessage(JacksonException e) {
    String text =
        String.valueOf(e.getOriginalMessage())
            .replaceFirst("\\s*\\(start marker at \\[Source: .*$", "");
    int colon = text.indexOf(": ");
    String path = colon > 0 && text.indexOf(' ') > colon ? text.substring(0, colon) : "";
    String message = path.isEmpty() ? text : text.substring(colon + 2);
    TokenStreamLocation at = e.getLocation();
    int line = at == null || at.getLineNr() < 1 ? -1 : at.getLineNr();
    int column = line < 0 ? -1 : at.getColumnNr();
    return new Problem(path.isEmpty() ? "document" : path, line, column, message, null, null);
  }

  /** A path inside a value, as a path of the document that holds the value. */
  static String within(String outer, String inner) {
    if (outer.isEmpty()) {
      return inner;
    }
    if (inner.isEmpty()
        || inner.equals("Dataset")
        || inner.equals("Links")
        || inner.equals("document")) {
      return outer;
    }
    return outer + "." + inner;
  }

  /**
   * Checks the corpus's rules on what was read, and returns the corpus when there are no
   * problems.
   *
   * @return the whole corpus
   * @throws InvalidCorpusException with every problem noted and every violation of the rules
   */
  public Corpus build() {
    Corpus.Builder builder = new Corpus.Builder().maxViolations(max);
    for (int i = 0; i < ids.size(); i++) {
      builder.add(ids.get(i), datasets.get(i));
    }
    if (links != null) {
      builder.links(links);
    }
    ValidatedCorpus result = builder.tryBuild();
    if (result.isValid() && total == 0) {
      return result.corpus().orElseThrow();
    }
    long dropped = 0;
    for (CorpusViolation v : result.violations()) {
      if (!add(v)) {
        dropped++;
      }
    }
    total += result.total() - result.violations().size();
    if (total == 0) {
      // every violation came from a dataset that could not be read, whose problems were noted
      throw new IllegalStateException("a violation was dropped with nothing noted: " + dropped);
    }
    throw new InvalidCorpusException(kept, total);
  }

  /** Notes a violation in the terms of its document; false when it is not reported. */
  private boolean add(CorpusViolation v) {
    ViolationCode code = v.code();
    switch (v.document()) {
      case CORPUS -> {
        // the ids are in the corpus's own document: the manifest, or the JSON Lines
        Matcher m = Pattern.compile("^datasets\\[(\\d+)]\\.id$").matcher(v.path().toString());
        if (m.matches() && Integer.parseInt(m.group(1)) < origins.size()) {
          Origin origin = origins.get(Integer.parseInt(m.group(1)));
          problem(
              corpusDocument,
              new Problem(
                  origin.idPath(),
                  origin.line() > 0 ? origin.line() : origin.idLine(),
                  origin.idColumn(),
                  inTermsOfOrigins(v.message()),
                  code,
                  null));
        } else {
          problem(
              corpusDocument, new Problem(v.path().toString(), -1, -1, v.message(), code, null));
        }
      }
      case DATASET -> {
        Origin origin = originOf(v.dataset().orElseThrow());
        String document = origin == null ? corpusDocument : origin.document();
        String path =
            origin == null ? v.path().toString() : within(origin.path(), v.path().toString());
        int line = origin == null || origin.line() <= 0 ? -1 : origin.line();
        problem(document, new Problem(path, line, -1, v.message(), code, null));
      }
      case LINKS -> {
        if (code == ViolationCode.UNKNOWN_REFERENCE && namesUnread(v.path().toString())) {
          return false;
        }
        TokenStreamLocation at =
            linkStarts == null ? null : linkStarts.of(ProblemLog.element(v.path()));
        int line = at == null ? -1 : at.getLineNr();
        int column = at == null ? -1 : at.getColumnNr();
        Origin origin =
            linksOrigin != null ? linksOrigin : new Origin(corpusDocument, "links", 0, "", -1, -1);
        if (origin.line() > 0) {
          line = origin.line();
        }
        problem(
            origin.document(),
            new Problem(
                within(origin.path(), v.path().toString()), line, column, v.message(), code, null));
      }
      default -> throw new IllegalStateException(v.document().toString());
    }
    return true;
  }

  private Origin originOf(DatasetId id) {
    int i = ids.indexOf(id);
    return i < 0 ? null : origins.get(i);
  }

  /** A message that names {@code datasets[i]} of the corpus, in the terms of its document. */
  private String inTermsOfOrigins(String message) {
    Matcher m = Pattern.compile("datasets\\[(\\d+)]").matcher(message);
    StringBuilder text = new StringBuilder();
    while (m.find()) {
      int i = Integer.parseInt(m.group(1));
      String named = m.group();
      if (i < origins.size()) {
        Origin origin = origins.get(i);
        named =
            origin.line() > 0
                ? "line " + origin.line()
                : origin.idPath().endsWith(".id")
                    ? origin.idPath().substring(0, origin.idPath().length() - 3)
                    : origin.document();
      }
      m.appendReplacement(text, Matcher.quoteReplacement(named));
    }
    m.appendTail(text);
    return text.toString();
  }

  /** Whether the statement or link at the path names a dataset that could not be read. */
  private boolean namesUnread(String path) {
    if (unread.isEmpty() && !someUnnamed) {
      return false;
    }
    Matcher m = LINK_ELEMENT.matcher(path);
    if (!m.find()) {
      return false;
    }
    int i = Integer.parseInt(m.group(2));
    List<DatasetId> named = new ArrayList<>(2);
    switch (m.group(1)) {
      case "identities" -> {
        if (i < links.identities().size()) {
          IdentityStatement s = links.identities().get(i);
          named.add(s.first().dataset());
          named.add(s.second().dataset());
        }
      }
      case "claims" -> {
        if (i < links.claims().size()) {
          ClaimLink l = links.claims().get(i);
          named.add(l.from().dataset());
          named.add(l.to().dataset());
        }
      }
      default -> {
        if (i < links.events().size()) {
          EventLink l = links.events().get(i);
          named.add(l.first().dataset());
          named.add(l.second().dataset());
        }
      }
    }
    for (DatasetId id : named) {
      if (unread.contains(id) || (someUnnamed && !ids.contains(id))) {
        return true;
      }
    }
    return false;
  }
}
