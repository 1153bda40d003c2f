package dev.hearsay.core.model;

import java.util.List;
import org.immutables.value.Value;

/**
 * One path by which a claim reaches the reader: hops ordered from the outermost reporter (the
 * document being read) to the innermost origin.
 *
 * <pre>{@code
 * // report <- The New York Times <- Ukrainian officials
 * Chain chain = Chain.of(report, nyt, officials);
 * }</pre>
 */
@Value.Immutable
public abstract class Chain implements WithChain {
  Chain() {}

  /**
   * The hops, outermost first.
   *
   * @return at least one hop
   */
  public abstract List<Hop> hops();

  /**
   * The outermost hop: the reporter the reader meets first.
   *
   * @return the first hop
   */
  public Hop reporter() {
    return hops().get(0);
  }

  /**
   * The innermost hop: where the claim comes from, as far as the text tells.
   *
   * @return the last hop
   */
  public Hop origin() {
    return hops().get(hops().size() - 1);
  }

  @Value.Check
  void check() {
    Checks.nonEmpty("Chain.hops", hops());
  }

  /**
   * A chain of the given hops, outermost first.
   *
   * @param hops the hops, at least one
   * @return the chain
   * @throws ValueCheckException when there is no hop, or a hop is null
   */
  public static Chain of(Hop... hops) {
    return new Builder().addHops(hops).build();
  }

  /**
   * Builds a {@link Chain}.
   *
   * <p>Required: at least one hop in {@code hops}.
   *
   * <p>Hops are added with {@code addHops} and {@code addAllHops}, outermost first.
   */
  public static final class Builder extends ImmutableChain.Builder {
    /** Starts with every field unset. */
    public Builder() {}
  }
}
