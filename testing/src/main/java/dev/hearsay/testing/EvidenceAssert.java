package dev.hearsay.testing;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Stance;
import dev.hearsay.core.query.Evidence;
import dev.hearsay.core.query.Party;
import java.util.List;
import org.assertj.core.api.AbstractObjectAssert;

/**
 * Assertions on the evidence for a claim: how many parties take each stance and how many channels
 * carry them. A failure names the claim and quotes the evidence's summary.
 *
 * <pre>{@code
 * assertThat(index.evidence(ClaimId.of("c-set-to-join")))
 *     .hasPartiesFor(2).hasPartiesAgainst(0).hasChannelCount(1);
 * }</pre>
 */
public final class EvidenceAssert extends AbstractObjectAssert<EvidenceAssert, Evidence> {
  /**
   * Assertions on evidence.
   *
   * @param actual the evidence under test
   */
  public EvidenceAssert(Evidence actual) {
    super(actual, EvidenceAssert.class);
  }

  /**
   * Checks how many parties speak, whatever their stance.
   *
   * @param count the number of parties
   * @return this
   */
  public EvidenceAssert hasPartyCount(int count) {
    isNotNull();
    return count("parties", count, actual.parties().size());
  }

  /**
   * Checks how many parties speak for the claim.
   *
   * @param count the number of parties for it
   * @return this
   */
  public EvidenceAssert hasPartiesFor(int count) {
    isNotNull();
    return count("parties for", count, actual.partiesFor().size());
  }

  /**
   * Checks how many parties speak against the claim.
   *
   * @param count the number of parties against it
   * @return this
   */
  public EvidenceAssert hasPartiesAgainst(int count) {
    isNotNull();
    return count("parties against", count, actual.partiesAgainst().size());
  }

  /**
   * Checks how many independent channels carry the parties.
   *
   * @param count the number of channels
   * @return this
   */
  public EvidenceAssert hasChannelCount(int count) {
    isNotNull();
    return count("channels", count, actual.channels().size());
  }

  /**
   * Checks that the actor speaks in a party that takes the stance.
   *
   * @param actor the actor's id
   * @param stance the stance the party takes
   * @return this
   */
  public EvidenceAssert hasParty(String actor, Stance stance) {
    isNotNull();
    List<Party> parties = actual.parties(stance);
    boolean found =
        parties.stream()
            .flatMap(p -> p.actors().stream())
            .map(Actor::id)
            .anyMatch(id -> id.value().equals(actor));
    if (!found) {
      failWithMessage(
          "%s",
          path()
              + ": expected a party "
              + stance
              + " with "
              + ValueText.of(actor)
              + " but the evidence is: "
              + actual.summary());
    }
    return this;
  }

  private EvidenceAssert count(String what, int expected, int was) {
    if (expected != was) {
      failWithMessage(
          "%s",
          path()
              + ": expected "
              + expected
              + " "
              + what
              + " but was "
              + was
              + "; the evidence is: "
              + actual.summary());
    }
    return this;
  }

  private String path() {
    return DiffPath.claim(actual.claim().id().value()).text();
  }
}
