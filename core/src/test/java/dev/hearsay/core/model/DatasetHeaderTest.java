package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actor;
import static dev.hearsay.core.model.Fixtures.claim;
import static dev.hearsay.core.model.Fixtures.hop;
import static dev.hearsay.core.model.Fixtures.metadata;
import static dev.hearsay.core.model.Fixtures.place;
import static dev.hearsay.core.model.Fixtures.source;
import static dev.hearsay.core.model.Fixtures.sourceBuilder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** A header is the part of a dataset its claims refer to, checked as a dataset of it alone. */
class DatasetHeaderTest {
  private static DatasetHeader.Builder header() {
    return new DatasetHeader.Builder()
        .metadata(metadata())
        .addActors(actor("nyt"), actor("officials"))
        .addPlaces(place("kursk"))
        .addSources(sourceBuilder("report").publisher(ActorId.of("nyt")).build());
  }

  @Test
  void aDatasetIsBuiltFromItsHeaderAndGivesItBack() {
    DatasetHeader header = header().schemaVersion("1.0").build();

    Dataset dataset =
        new Dataset.Builder()
            .header(header)
            .addClaims(claim("c", hop("nyt", "report"), hop("officials")))
            .build();

    assertThat(dataset.header()).isEqualTo(header);
    assertThat(dataset.schemaVersion()).isEqualTo("1.0");
    assertThat(dataset.actors()).isEqualTo(header.actors());
    assertThat(dataset.sources()).isEqualTo(header.sources());
    assertThat(header.toDataset().claims()).isEmpty();
    assertThat(header.toDataset().header()).isEqualTo(header);
  }

  @Test
  void checksTheRulesAmongItsValues() {
    DatasetValidationException e =
        catchThrowableOfType(
            DatasetValidationException.class,
            () ->
                header()
                    .addSources(sourceBuilder("study").publisher(ActorId.of("ghost")).build())
                    .build());

    assertThat(e.violations())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.path()).hasToString("sources[study].publisher");
              assertThat(v.code()).isEqualTo(ViolationCode.UNKNOWN_REFERENCE);
            });
  }

  @Test
  void keepsAsManyViolationsAsItsBuilderSays() {
    DatasetValidationException e =
        catchThrowableOfType(
            DatasetValidationException.class,
            () ->
                header()
                    .maxViolations(2)
                    .addAllActors(Collections.nCopies(5, actor("nyt")))
                    .build());

    assertThat(e.violations()).hasSize(2);
    assertThat(e.total()).isEqualTo(5);
  }

  @Test
  void checksItsSchemaVersionAndRequiresMetadata() {
    assertThatThrownBy(() -> header().schemaVersion("9.0").build())
        .isInstanceOf(ValueCheckException.class)
        .hasMessageStartingWith("Dataset.schemaVersion: ");
    assertThatThrownBy(() -> new DatasetHeader.Builder().build())
        .isInstanceOf(ValueCheckException.class)
        .hasMessageStartingWith("DatasetHeader.metadata: ");
  }

  @Test
  void aCopyWithOneChangeIsCheckedAgain() {
    DatasetHeader header = header().build();

    assertThat(header.withPlaces(place("kyiv")).places()).containsExactly(place("kyiv"));
    assertThatThrownBy(() -> header.withActors(actor("officials")))
        .isInstanceOf(DatasetValidationException.class);
    assertThat(header.withSources(source("other")).sources()).containsExactly(source("other"));
  }

  @Test
  void streamChecksAgainstAHeaderAreThoseAgainstItsDataset() {
    DatasetHeader header = header().build();
    Claim stranger = claim("c", hop("stranger"));

    assertThat(StreamChecks.of(header).claim(stranger).kept())
        .isEqualTo(StreamChecks.of(header.toDataset()).claim(stranger).kept())
        .singleElement()
        .satisfies(v -> assertThat(v.path()).hasToString("claims[c].attribution[0][0].actor"));
  }
}
