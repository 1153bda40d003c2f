package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierTest {
  @Test
  void wikidataItemsAndUrlsAreCheckedForForm() {
    assertThat(Identifier.wikidata("Q9684")).isEqualTo(Identifier.of("wikidata", "Q9684"));
    assertThat(Identifier.url("https://www.reuters.com/").toString())
        .isEqualTo("url:https://www.reuters.com/");
    assertThat(Identifier.of("isni", "0000 0001 2146 438X").value())
        .isEqualTo("0000 0001 2146 438X");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Q", "Q0", "Q012", "q9684", "P31", "Q96a", "Q12345678901234567890"})
  void aWikidataValueIsAQAndDigitsWithNoLeadingZero(String value) {
    assertThatThrownBy(() -> Identifier.wikidata(value))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("Identifier.value")
        .hasMessageContaining("'" + value + "' is not a Wikidata item id");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "www.nytimes.com",
        "/path",
        "ftp://example.org/",
        "mailto:a@b.org",
        "https://",
        "https://exa mple.org/"
      })
  void aUrlIsAnAbsoluteHttpOrHttpsAddress(String value) {
    assertThatThrownBy(() -> Identifier.url(value))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("Identifier.value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Wikidata", "1abc", "a b", "viaf!", "é"})
  void aSchemeIsLowerCaseLettersDigitsAndPunctuation(String scheme) {
    assertThatThrownBy(() -> Identifier.of(scheme, "x"))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("Identifier.scheme");
  }

  @Test
  void otherSchemesTakeAShortTextThatIsNotBlank() {
    assertThatThrownBy(() -> Identifier.of("isni", " "))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> Identifier.of("isni", "x".repeat(1_001)))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("more than the limit");
    assertThatThrownBy(() -> Identifier.of(null, "x"))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("Identifier.scheme");
  }

  @Test
  void aValueListsEachIdentifierOnce() {
    Identifier qid = Identifier.wikidata("Q9684");
    assertThatThrownBy(
            () ->
                Fixtures.actorBuilder("nyt")
                    .addIdentifiers(qid, Identifier.url("https://www.nytimes.com/"), qid)
                    .build())
        .isInstanceOf(ValueCheckException.class)
        .hasMessageContaining("Actor.identifiers[2]")
        .hasMessageContaining("'wikidata:Q9684' is listed already at [0]");
    assertThatThrownBy(() -> new Place.Builder().id("p").name("P").addIdentifiers(qid, qid).build())
        .hasMessageContaining("Place.identifiers[1]");
    assertThatThrownBy(
            () ->
                new Source.Builder()
                    .id("s")
                    .kind(SourceKind.ARTICLE)
                    .addIdentifiers(qid, qid)
                    .build())
        .hasMessageContaining("Source.identifiers[1]");
  }
}
