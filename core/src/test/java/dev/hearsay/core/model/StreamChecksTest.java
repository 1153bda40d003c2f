package dev.hearsay.core.model;

import static dev.hearsay.core.model.Fixtures.actor;
import static dev.hearsay.core.model.Fixtures.claim;
import static dev.hearsay.core.model.Fixtures.claimBuilder;
import static dev.hearsay.core.model.Fixtures.dataset;
import static dev.hearsay.core.model.Fixtures.eventBuilder;
import static dev.hearsay.core.model.Fixtures.hop;
import static dev.hearsay.core.model.Fixtures.hopAt;
import static dev.hearsay.core.model.Fixtures.place;
import static dev.hearsay.core.model.Fixtures.published;
import static dev.hearsay.core.model.Fixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamChecksTest {
  private static Dataset.Builder header() {
    return dataset()
        .addActors(actor("nyt"), actor("officials"))
        .addPlaces(place("kursk"))
        .addSources(published("nyt-report", "2024-10-25"));
  }

  private static final List<Claim> CLAIMS =
      List.of(
          claim("c-good", hop("nyt", "nyt-report"), hop("officials")),
          claimBuilder("c-strangers")
              .addActors(ActorId.of("nobody"))
              .addPlaces(PlaceId.of("nowhere"), PlaceId.of("kursk"))
              .addAttribution(Chain.of(hop("nyt", "other-report"), hop("ghost")))
              .build(),
          claim("c-late", hopAt("nyt", "nyt-report", "2024-10-27")),
          claim("c-self", hop("nyt"), hop("nyt")));

  @Test
  void aClaimHasTheViolationsTheWholeDatasetReportsAboutIt() {
    StreamChecks checks = StreamChecks.of(header().build());
    List<Violation> whole = violations(header().addAllClaims(CLAIMS));

    for (Claim claim : CLAIMS) {
      String prefix = "claims[" + claim.id() + "]";
      assertThat(checks.claim(claim).kept())
          .as(prefix)
          .containsExactlyElementsOf(
              whole.stream().filter(v -> v.path().toString().startsWith(prefix)).toList());
    }
    assertThat(checks.claim(CLAIMS.get(0)).isEmpty()).isTrue();
    assertThat(checks.claim(CLAIMS.get(1)).kept()).hasSize(4);
    assertThat(checks.claim(CLAIMS.get(2)).kept())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.TIME_ORDER);
  }

  @Test
  void anEventIsCheckedAgainstTheClaimsTheCallerKnows() {
    StreamChecks checks = StreamChecks.of(header().build());
    Event event =
        eventBuilder("e-arrival")
            .addPlaces(PlaceId.of("kursk"), PlaceId.of("nowhere"))
            .addParticipants(ActorId.of("officials"))
            .addClaims(ClaimId.of("c-good"), ClaimId.of("c-later"))
            .build();
    Set<ClaimId> read = Set.of(ClaimId.of("c-good"));

    assertThat(checks.event(event, read::contains).kept())
        .extracting(v -> v.path().toString())
        .containsExactly("events[e-arrival].places[1]", "events[e-arrival].claims[1]");
    assertThat(checks.event(event, id -> true).kept())
        .extracting(v -> v.path().toString())
        .containsExactly("events[e-arrival].places[1]");
  }

  @Test
  void refusesNulls() {
    StreamChecks checks = StreamChecks.of(header().build());

    assertThatThrownBy(() -> StreamChecks.of((Dataset) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> StreamChecks.of((DatasetHeader) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> checks.claim(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> checks.event(null, id -> true))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> checks.relations(List.of(), null))
        .isInstanceOf(NullPointerException.class);
  }
}
