package dev.hearsay.examples;

import static dev.hearsay.examples.KurskReport.REPORT;
import static dev.hearsay.examples.ReportActors.BILD;
import static dev.hearsay.examples.ReportActors.GUSEINOVA;
import static dev.hearsay.examples.ReportActors.NYT;
import static dev.hearsay.examples.ReportActors.OUTLET;
import static dev.hearsay.examples.ReportEncoding.edtf;

import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceKind;
import dev.hearsay.core.model.TimeMention;
import java.util.List;

/** The sources of the worked report: the report itself, the NYT, BILD and the research. */
final class ReportSources {
  static final SourceId NYT_ARTICLE = SourceId.of("nyt-article");
  static final SourceId BILD_ARTICLE = SourceId.of("bild-article");
  static final SourceId GUSEINOVA_RESEARCH = SourceId.of("guseinova-research");

  private ReportSources() {}

  /**
   * The report and the sources it relays. The report's title is its headline; the others are known
   * only by description, so their titles are the curator's, in square brackets as catalogues write
   * a supplied title, and they state no language, which the report does not give.
   */
  static List<Source> sources() {
    return List.of(
        new Source.Builder()
            .id(REPORT)
            .kind(SourceKind.ARTICLE)
            .title("North Korean soldiers set to join Russian troops in Kursk region")
            .publisher(OUTLET)
            .language("en")
            .published(
                new TimeMention.Builder().value(edtf("2024-10-28/..")).inferred(true).build())
            .addCites(NYT_ARTICLE, BILD_ARTICLE)
            .build(),
        new Source.Builder()
            .id(NYT_ARTICLE)
            .kind(SourceKind.ARTICLE)
            .title("[The New York Times report on North Korean soldiers in the Kursk region]")
            .publisher(NYT)
            .build(),
        new Source.Builder()
            .id(BILD_ARTICLE)
            .kind(SourceKind.ARTICLE)
            .title("[BILD article on North Korea's gains from its cooperation with Russia]")
            .publisher(BILD)
            .addCites(GUSEINOVA_RESEARCH)
            .build(),
        new Source.Builder()
            .id(GUSEINOVA_RESEARCH)
            .kind(SourceKind.RESEARCH)
            .title("[Elena Guseinova's research on North Korea's arms supplies to Russia]")
            .addAuthors(GUSEINOVA)
            .build());
  }
}
