package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Claim;
import java.util.List;

/**
 * The claims one actor stands in, by the part it plays: those it asserted, denied or withheld
 * judgement on, those it relayed, and those about it. The first three are the claims on which
 * the actor is a {@link Voice}: the origin of a chain, or a relay that commits the other way from
 * its origin. A claim is in more than one list when the actor plays more than one part in it.
 *
 * <p>The Kremlin, origin of a chain that calls a claim false ({@code CT-}), has the claim among
 * those it {@link #denied}, not among those it {@link #asserted}; a Pentagon that "declined to
 * confirm" ({@code Uu}) has it among those it {@link #withheld}.
 *
 * @param actor the actor
 * @param asserted the claims on which the actor is a voice for (CT+, PR+, PS+)
 * @param denied the claims on which the actor is a voice against (CT-, PR-, PS-)
 * @param withheld the claims on which the actor is the origin of a chain that takes no side (Uu,
 *     CTu)
 * @param relayed the claims with the actor on a hop other than the innermost of some chain
 * @param about the claims that name the actor among those they are about
 */
public record ActorClaims(
    Actor actor,
    List<Claim> asserted,
    List<Claim> denied,
    List<Claim> withheld,
    List<Claim> relayed,
    List<Claim> about) {
  /**
   * Copies the lists; each is in the dataset's order of claims, each claim at most once.
   *
   * @throws NullPointerException when a component or an element of a list is null
   */
  public ActorClaims {
    CheckedCopies.nonNull(actor, "ActorClaims.actor");
    asserted = CheckedCopies.of(asserted, "ActorClaims.asserted");
    denied = CheckedCopies.of(denied, "ActorClaims.denied");
    withheld = CheckedCopies.of(withheld, "ActorClaims.withheld");
    relayed = CheckedCopies.of(relayed, "ActorClaims.relayed");
    about = CheckedCopies.of(about, "ActorClaims.about");
  }
}
