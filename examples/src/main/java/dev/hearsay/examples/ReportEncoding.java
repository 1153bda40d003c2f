package dev.hearsay.examples;

import static dev.hearsay.core.model.ReportingMode.PARAPHRASE;
import static dev.hearsay.examples.KurskReport.REPORT;
import static dev.hearsay.examples.ReportActors.OUTLET;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;

/** Shorthands for the parts of the worked report's encoding that repeat. */
final class ReportEncoding {
  /** The note on every date: the report gives no year. */
  static final String YEAR_INFERRED =
      "The report gives no year; 2024 is the curator's inference from the events it describes.";

  private ReportEncoding() {}

  /** The report's own hop: the document the reader holds, by the unnamed outlet. */
  static Hop reportHop(Commitment commitment) {
    return hop(OUTLET).source(REPORT).mode(PARAPHRASE).commitment(commitment).build();
  }

  /** A hop by the actor, to be completed. */
  static Hop.Builder hop(ActorId actor) {
    return new Hop.Builder().actor(actor);
  }

  /** A quote of the report: its exact words, their context, and their code point offset. */
  static Quote quote(String exact, String prefix, String suffix, int start) {
    return new Quote.Builder()
        .source(REPORT)
        .exact(exact)
        .prefix(prefix)
        .suffix(suffix)
        .start(start)
        .end(start + exact.codePointCount(0, exact.length()))
        .build();
  }

  /** A time as written, with its EDTF value. */
  static TimeMention time(String edtf, String asWritten, boolean inferred) {
    return new TimeMention.Builder()
        .value(edtf(edtf))
        .asWritten(asWritten)
        .inferred(inferred)
        .build();
  }

  /** An EDTF value. */
  static ImpreciseTime edtf(String text) {
    return ImpreciseTime.parse(text);
  }
}
