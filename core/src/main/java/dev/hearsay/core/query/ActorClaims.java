package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Claim;
import java.util.List;

/**
 * The claims one actor stands in: those it originated, those it relayed, and those about it. A
 * claim is in more than one list when the actor plays more than one part in it, such as the
 * origin of one chain and a relay in another.
 *
 * @param actor the actor
 * @param originated the claims with the actor on the innermost hop of some chain
 * @param relayed the claims with the actor on a hop other than the innermost of some chain
 * @param about the claims that name the actor among those they are about
 */
public record ActorClaims(Actor actor, List<Claim> originated, List<Claim> relayed,
    List<Claim> about) {
  /**
   * Copies the lists; each is in the dataset's order of claims, each claim at most once.
   *
   * @throws NullPointerException when a component or an element of a list is null
   */
  public ActorClaims {
    Copies.nonNull(actor, "ActorClaims.actor");
    originated = Copies.of(originated, "ActorClaims.originated");
    relayed = Copies.of(relayed, "ActorClaims.relayed");
    about = Copies.of(about, "ActorClaims.about");
  }
}
