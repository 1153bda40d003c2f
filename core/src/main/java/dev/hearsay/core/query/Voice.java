package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.Stance;
import java.util.Optional;

/**
 * One hop of a chain that takes a side on a claim: the origin of the chain, or a relay that
 * commits the other way from the origin (an outlet that relays a claim while calling it false).
 * A relay that is uncommitted, or agrees with its origin, passes the claim on and is no voice of
 * its own.
 *
 * <p>The stance is towards the claim asked about, which may differ from the hop's own commitment
 * when the chain belongs to a related claim: a speaker for a claim that contradicts X is a voice
 * against X.
 *
 * @param chain the chain the hop is on
 * @param hopIndex the hop's position in the chain, from 0 for the outermost
 * @param stance where the hop stands on the claim asked about
 * @param relation the relation through which the chain's claim bears on the claim asked about;
 *     empty when the chain is the claim's own
 */
public record Voice(TracedChain chain, int hopIndex, Stance stance, Optional<Relation> relation) {
  /**
   * Checks that the hop is on the chain.
   *
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the chain has no hop at {@code hopIndex}
   */
  public Voice {
    CheckedCopies.nonNull(chain, "Voice.chain");
    CheckedCopies.nonNull(stance, "Voice.stance");
    CheckedCopies.nonNull(relation, "Voice.relation");
    int hops = chain.chain().hops().size();
    if (hopIndex < 0 || hopIndex >= hops) {
      throw new IllegalArgumentException(
          "Voice.hopIndex: "
              + hopIndex
              + " is not a hop of "
              + chain.path()
              + ", which has "
              + hops);
    }
  }

  /**
   * The hop that speaks.
   *
   * @return the hop
   */
  public Hop hop() {
    return chain.chain().hops().get(hopIndex);
  }

  /**
   * The actor who speaks.
   *
   * @return the hop's actor
   */
  public Actor actor() {
    return chain.actors().get(hopIndex);
  }

  /**
   * Whether the hop is the chain's origin rather than a relay.
   *
   * @return true for the innermost hop
   */
  public boolean isOrigin() {
    return hopIndex == chain.chain().hops().size() - 1;
  }
}
