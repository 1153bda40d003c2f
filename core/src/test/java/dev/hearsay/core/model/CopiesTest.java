package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actor;
import static dev.hearsay.core.model.Fixtures.claim;
import static dev.hearsay.core.model.Fixtures.hop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Copies with one change keep every other field and are checked as a build is. */
class CopiesTest {
  private static Dataset rich;

  @BeforeAll
  static void buildRichDataset() {
    rich = EveryKindOfValueTest.kursk().build();
  }

  @Nested
  class Withers {
    @Test
    void aCopyChangesOneFieldAndKeepsEveryOther() {
      Hop hop =
          new Hop.Builder()
              .actor("bild")
              .source("bild-article")
              .cue("cites")
              .mode(ReportingMode.PARAPHRASE)
              .commitment(Commitment.PROBABLE)
              .likelihood(Likelihood.LIKELY)
              .time(TimeMention.of("2024-10-27"))
              .inferred(true)
              .build();

      Hop copy = hop.withCue("citing");

      assertThat(copy.cue()).contains("citing");
      assertThat(copy)
          .isEqualTo(
              new Hop.Builder()
                  .actor("bild")
                  .source("bild-article")
                  .cue("citing")
                  .mode(ReportingMode.PARAPHRASE)
                  .commitment(Commitment.PROBABLE)
                  .likelihood(Likelihood.LIKELY)
                  .time(TimeMention.of("2024-10-27"))
                  .inferred(true)
                  .build());
      assertThat(hop.cue()).contains("cites");
    }

    @Test
    void aCopyOfAClaimKeepsItsQuoteQuantitiesAndChains() {
      Claim claim =
          rich.claims().stream()
              .filter(c -> c.quote().isPresent() && !c.quantities().isEmpty())
              .findFirst()
              .orElseThrow();

      Claim copy = claim.withCredibility(Credibility.IMPROBABLE);

      assertThat(copy.credibility()).contains(Credibility.IMPROBABLE);
      assertThat(copy.withCredibility(claim.credibility())).isEqualTo(claim);
    }

    @Test
    void aCopyIsCheckedAsABuildIs() {
      Hop certain = hop("a");

      assertThatThrownBy(() -> certain.withLikelihood(Likelihood.ALMOST_NO_CHANCE))
          .isInstanceOf(ValueCheckException.class)
          .hasMessageStartingWith("Hop.likelihood: almost_no_chance leans the other way");
      assertThatThrownBy(() -> claim("c", certain).withAttribution(List.of()))
          .isInstanceOf(ValueCheckException.class)
          .hasMessage("Claim.attribution: must have at least one element");
      assertThatThrownBy(
              () ->
                  Fixtures.dataset()
                      .addActors(actor("a"))
                      .build()
                      .withClaims(claim("c", hop("ghost"))))
          .isInstanceOf(DatasetValidationException.class)
          .hasMessageContaining("no actor has the id 'ghost'");
    }

    @Test
    void aCopyWithTheSameValueIsEqualToTheValue() {
      Hop hop = hop("a").withCue("reports");

      assertThat(hop.withCue(hop.cue().orElseThrow())).isSameAs(hop);
      assertThat(hop.withActor(actor("a"))).isEqualTo(hop);
    }

    @Test
    void aCopyOfAQuantityIsNormalizedAsABuildIs() {
      Quantity quantity =
          new Quantity.Builder()
              .name("troops")
              .estimate(new BigDecimal("10"))
              .unit(Unit.count("soldiers"))
              .build();

      Quantity copy = quantity.withEstimate(new BigDecimal("12000.00"));

      assertThat(copy.estimate())
          .hasValueSatisfying(
              e -> {
                assertThat(e).isEqualTo(new BigDecimal("1.2E+4"));
                assertThat(e.scale()).isEqualTo(-3);
              });
      assertThat(copy.name()).isEqualTo("troops");
    }
  }

  @Nested
  class DatasetBuilders {
    @Test
    void toBuilderKeepsEveryField() {
      assertThat(rich.toBuilder().build()).isEqualTo(rich);
      Dataset version10 = Fixtures.dataset().schemaVersion("1.0").build();
      assertThat(version10.toBuilder().build().schemaVersion()).isEqualTo("1.0");
    }

    @Test
    void toBuilderCopiesTheFieldsADatasetHas() throws Exception {
      // A field added to Dataset fails this test until toBuilder() copies it and it is listed.
      Set<String> fields =
          Arrays.stream(
                  Class.forName(Dataset.class.getPackageName() + ".WithDataset")
                      .getDeclaredMethods())
              .map(Method::getName)
              .map(name -> name.substring(4, 5).toLowerCase() + name.substring(5))
              .collect(Collectors.toSet());

      assertThat(fields)
          .containsExactlyInAnyOrder(
              "schemaVersion",
              "metadata",
              "actors",
              "places",
              "sources",
              "claims",
              "events",
              "relations",
              "assessments");
      Dataset minimal = Fixtures.dataset().build();
      for (String field : fields) {
        if (!field.equals("schemaVersion")) {
          Method accessor = Dataset.class.getMethod(field);
          assertThat(accessor.invoke(rich)).as(field).isNotEqualTo(accessor.invoke(minimal));
        }
      }
    }

    @Test
    void addingAClaimToADatasetIsOneLine() {
      Claim claim = claim("c-new", hop("nyt"));

      Dataset more = rich.toBuilder().addClaims(claim).build();

      assertThat(more.claims())
          .endsWith(claim)
          .hasSize(rich.claims().size() + 1)
          .startsWith(rich.claims().toArray(Claim[]::new));
      assertThat(more.withClaims(rich.claims())).isEqualTo(rich);
    }

    @Test
    void valuesThatReferToEachOtherAreAddedTogetherAndCheckedOnce() {
      Dataset dataset = Fixtures.dataset().addActors(actor("a")).build();

      Dataset more =
          dataset.toBuilder()
              .addActors(actor("b"))
              .addClaims(claim("c", hop("a"), hop("b")))
              .build();
      Validated broken =
          dataset.toBuilder().addClaims(claim("c", hop("a"), hop("ghost"))).tryBuild();

      assertThat(more.actors()).hasSize(2);
      assertThat(broken.violations())
          .extracting(v -> v.path().toString())
          .containsExactly("claims[c].attribution[0][1].actor");
    }

    @Test
    void theMetadataOfACopyIsReplacedWithAWitherNotTheStrictBuilder() {
      DatasetMetadata other = DatasetMetadata.of("Another title");

      assertThatThrownBy(() -> rich.toBuilder().metadata(other))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Builder of Dataset is strict, attribute is already set: metadata");
      assertThat(rich.withMetadata(other).metadata()).isEqualTo(other);
      assertThat(rich.withMetadata(other).claims()).isEqualTo(rich.claims());
    }
  }
}
