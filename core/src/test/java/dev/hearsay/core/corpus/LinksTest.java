package dev.hearsay.core.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hearsay.core.model.RelationKind;
import dev.hearsay.core.model.ValueCheckException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Links and identity statements: their notes, their text, and the builder's lists. */
class LinksTest {
  private static final ClaimRef OODA = ClaimRef.of("ooda", "c-troops");
  private static final ClaimRef KURSK = ClaimRef.of("kursk", "c-troops-kursk");
  private static final EventRef ARRIVAL = EventRef.of("kyiv", "e-arrival");
  private static final EventRef TROOPS = EventRef.of("ooda", "e-troops-arrive");
  private static final String LONGEST_NOTE = "n".repeat(IdText.MAX_NOTE);

  @Test
  void aLinkOrStatementReadsAsItsPartsInOrder() {
    assertThat(ClaimLink.of(OODA, RelationKind.DERIVED_FROM, KURSK))
        .hasToString("ooda/c-troops derived_from kursk/c-troops-kursk");
    assertThat(EventLink.of(ARRIVAL, TROOPS)).hasToString("kyiv/e-arrival = ooda/e-troops-arrive");
    assertThat(
            IdentityStatement.of(
                Identity.POSSIBLY_SAME,
                EntityRef.actor("kyiv", "us-officials"),
                EntityRef.actor("reuters", "two-us-officials")))
        .hasToString("kyiv/actor/us-officials possibly_same reuters/actor/two-us-officials");
  }

  @Test
  void aNoteIsKeptByTheCopyThatTakesIt() {
    ClaimLink claims = ClaimLink.of(OODA, RelationKind.DUPLICATES, KURSK).withNote("Same words.");
    EventLink events = EventLink.of(ARRIVAL, TROOPS).withNote("Same arrival.");
    IdentityStatement statement =
        IdentityStatement.of(
                Identity.SAME, EntityRef.actor("a", "nyt"), EntityRef.actor("b", "new-york-times"))
            .withNote("One newspaper.");

    assertThat(claims.note()).contains("Same words.");
    assertThat(claims.from()).isEqualTo(OODA);
    assertThat(events.note()).contains("Same arrival.");
    assertThat(events.second()).isEqualTo(TROOPS);
    assertThat(statement.note()).contains("One newspaper.");
    assertThat(statement.identity()).isEqualTo(Identity.SAME);
  }

  @Test
  void aNoteOfTheLimitIsKeptAndOneCharacterMoreIsRefusedByItsField() {
    assertThat(EventLink.of(ARRIVAL, TROOPS).withNote(LONGEST_NOTE).note()).contains(LONGEST_NOTE);
    assertThatThrownBy(() -> new EventLink(ARRIVAL, TROOPS, Optional.of(LONGEST_NOTE + "n")))
        .isInstanceOf(ValueCheckException.class)
        .hasMessage("EventLink.note: has 20001 characters, more than the limit of 20000");
    assertThatThrownBy(
            () ->
                new ClaimLink(RelationKind.SUPPORTS, OODA, KURSK, Optional.of(LONGEST_NOTE + "n")))
        .isInstanceOf(ValueCheckException.class)
        .hasMessageStartingWith("ClaimLink.note: has 20001 characters");
    assertThatThrownBy(() -> new ClaimLink(RelationKind.SUPPORTS, OODA, KURSK, Optional.of(" ")))
        .hasMessage("ClaimLink.note: must not be blank");
    assertThatThrownBy(() -> new EventLink(ARRIVAL, TROOPS, Optional.of("")))
        .hasMessage("EventLink.note: must not be blank");
    assertThatThrownBy(() -> new EventLink(ARRIVAL, TROOPS, null))
        .hasMessage("EventLink.note: must not be null");
  }

  @Test
  void theBuilderTakesLinksFromAnyIterable() {
    ClaimLink duplicates = ClaimLink.of(OODA, RelationKind.DUPLICATES, KURSK);
    ClaimLink supports = ClaimLink.of(KURSK, RelationKind.SUPPORTS, OODA);
    EventLink same = EventLink.of(ARRIVAL, TROOPS);

    Links links =
        new Links.Builder()
            .addClaims(duplicates)
            .addAllClaims(List.of(supports))
            .addAllEvents(List.of(same))
            .addAllEvents(List.of())
            .build();

    assertThat(links.claims()).containsExactly(duplicates, supports);
    assertThat(links.events()).containsExactly(same);
  }
}
