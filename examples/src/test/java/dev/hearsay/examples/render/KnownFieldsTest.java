package dev.hearsay.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The known field names come from the library's JSON Schema; a near miss finds its field. */
class KnownFieldsTest {
  @Test
  void theFieldsOfEachObjectComeFromTheSchema() {
    assertThat(KnownFields.of("Claim")).contains("id", "proposition", "attribution", "notes");
    assertThat(KnownFields.of("DatasetMetadata")).contains("title", "license");
    assertThat(KnownFields.of("Dataset")).contains("schemaVersion", "claims");
    assertThat(KnownFields.of("CountUnit")).containsExactlyInAnyOrder("currency", "count");
    assertThat(KnownFields.of("NoSuchType")).isEmpty();
  }

  @Test
  void aMisspeltNameFindsTheFieldItMeant() {
    List<String> claim = KnownFields.of("Claim");

    assertThat(KnownFields.nearest("propositon", claim)).contains("proposition");
    assertThat(KnownFields.nearest("porposition", claim)).contains("proposition");
    assertThat(KnownFields.nearest("Proposition", claim)).contains("proposition");
    assertThat(KnownFields.nearest("note", claim)).contains("notes");
    assertThat(KnownFields.nearest("licence", KnownFields.of("DatasetMetadata")))
        .contains("license");
  }

  @Test
  void aNameFarFromEveryFieldFindsNone() {
    List<String> claim = KnownFields.of("Claim");

    assertThat(KnownFields.nearest("colour", claim)).isEmpty();
    assertThat(KnownFields.nearest("x".repeat(1_000), claim)).isEmpty();
    assertThat(KnownFields.nearest("", claim)).isEmpty();
    assertThat(KnownFields.nearest("ab", List.of("id"))).isEmpty();
  }

  @Test
  void distanceCountsEditsAndSwaps() {
    assertThat(KnownFields.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(KnownFields.distance("ab", "ba")).isEqualTo(1);
    assertThat(KnownFields.distance("", "abc")).isEqualTo(3);
  }
}
