package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Source;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A misspelt field name is matched to the field it most likely meant, or to none. */
class FieldSuggestionTest {
  @ParameterizedTest
  @CsvSource({
    "propostion, proposition",
    "Proposition, proposition",
    "credibilty, credibility",
    "atribution, attribution",
    "attributoin, attribution",
    "quote, quote",
    "QUANTITIES, quantities",
    "note, notes",
    "tiem, time"
  })
  void aSlipIsMatchedToTheClaimsField(String written, String meant) {
    assertThat(FieldSuggestion.of(written, KnownFields.of(Claim.class))).isEqualTo(meant);
  }

  @ParameterizedTest
  @CsvSource({"retrieved_at, retrievedAt", "retrieved-at, retrievedAt", "publsher, publisher"})
  void caseUnderscoresAndHyphensDoNotCount(String written, String meant) {
    assertThat(FieldSuggestion.of(written, KnownFields.of(Source.class))).isEqualTo(meant);
  }

  @ParameterizedTest
  @CsvSource({"colour", "x", "importance", "claim_text", "a1iTo"})
  void anotherWordIsMatchedToNothing(String written) {
    assertThat(FieldSuggestion.of(written, KnownFields.of(Claim.class))).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "sorces, sources",
    "actros, actors",
    "schemaversion, schemaVersion",
    "relation, relations"
  })
  void aMisspeltListOfTheDatasetIsMatched(String written, String meant) {
    assertThat(FieldSuggestion.of(written, KnownFields.of(Dataset.class))).isEqualTo(meant);
  }

  @ParameterizedTest
  @CsvSource({
    "abc, abc, 0",
    "abc, acb, 1",
    "abc, ab, 1",
    "abc, abd, 1",
    "kitten, sitting, 3",
    "abcdef, uvwxyz, 4"
  })
  void theDistanceCountsEditsAndSwapsUpToALimit(String a, String b, int distance) {
    assertThat(FieldSuggestion.distance(a, b, 4)).isEqualTo(distance);
  }
}
