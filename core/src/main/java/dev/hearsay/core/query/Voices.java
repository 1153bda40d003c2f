package dev.hearsay.core.query;

import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Stance;
import java.util.List;

/** Which hops of a chain are voices, as {@link Voice} defines them. */
final class Voices {
  private Voices() {}

  /**
   * Where hop {@code h} of a chain stands on the chain's own claim, or null when the hop is a
   * relay that adds nothing: one that is uncommitted or agrees with the origin.
   */
  static Stance of(List<Hop> hops, int h) {
    Stance origin = hops.get(hops.size() - 1).commitment().stance();
    if (h == hops.size() - 1) {
      return origin;
    }
    Stance own = hops.get(h).commitment().stance();
    return own == Stance.NEITHER || own == origin ? null : own;
  }
}
