package dev.hearsay.core.query;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Claim;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one claim comes from: each of its attribution chains, the actors at the origins of those
 * chains, and the actors that only relayed it.
 *
 * <p>For the "set to join" claim of the worked report's dataset, whose outermost actor is named
 * "Unnamed outlet", {@link #lines()} gives {@code Unnamed outlet <- The New York Times <-
 * Ukrainian officials} and {@code Unnamed outlet <- The New York Times <- American officials};
 * the origins are the two groups of officials; the relayers are the unnamed outlet and The New
 * York Times.
 *
 * <p>The claim's assessments, such as fact-checkers' verdicts, come with the trace; they are
 * judgements about the claim, not where it comes from, and appear in no chain.
 *
 * @param claim the claim
 * @param chains its chains, in the order of its attribution
 * @param assessments its assessments, in the dataset's order
 */
public record Trace(Claim claim, List<TracedChain> chains, List<Assessment> assessments) {
  /**
   * Checks that every chain and every assessment belongs to the claim.
   *
   * @throws NullPointerException when a component, a chain or an assessment is null
   * @throws IllegalArgumentException when a chain or an assessment belongs to another claim
   */
  public Trace {
    CheckedCopies.nonNull(claim, "Trace.claim");
    chains = CheckedCopies.of(chains, "Trace.chains");
    assessments = CheckedCopies.of(assessments, "Trace.assessments");
    for (TracedChain chain : chains) {
      if (!chain.claim().equals(claim.id())) {
        throw new IllegalArgumentException(
            "Trace.chains: " + chain.path() + " does not belong to the claim '" + claim.id() + "'");
      }
    }
    for (Assessment assessment : assessments) {
      if (!assessment.claim().equals(claim.id())) {
        throw new IllegalArgumentException(
            "Trace.assessments: an assessment of '"
                + assessment.claim()
                + "' does not belong to the claim '"
                + claim.id()
                + "'");
      }
    }
  }

  /**
   * A trace of a claim that no one has assessed.
   *
   * @param claim the claim
   * @param chains its chains, in the order of its attribution
   * @throws NullPointerException when a component or a chain is null
   * @throws IllegalArgumentException when a chain belongs to another claim
   */
  public Trace(Claim claim, List<TracedChain> chains) {
    this(claim, chains, List.of());
  }

  /**
   * Each chain as one readable line.
   *
   * @return the lines, in the order of the chains
   */
  public List<String> lines() {
    return chains.stream().map(TracedChain::line).toList();
  }

  /**
   * The actors of the innermost hops, each once.
   *
   * @return the origins, in the order of the chains
   */
  public List<Actor> origins() {
    Set<Actor> origins = new LinkedHashSet<>();
    chains.forEach(c -> origins.add(c.originActor()));
    return List.copyOf(origins);
  }

  /**
   * The actors that pass the claim on without being an origin of it in any chain, each once.
   *
   * @return the relayers, in the order in which the chains name them
   */
  public List<Actor> relayers() {
    Set<Actor> origins = new LinkedHashSet<>(origins());
    Set<Actor> relayers = new LinkedHashSet<>();
    for (TracedChain chain : chains) {
      List<Actor> actors = chain.actors();
      for (Actor actor : actors.subList(0, actors.size() - 1)) {
        if (!origins.contains(actor)) {
          relayers.add(actor);
        }
      }
    }
    return List.copyOf(relayers);
  }
}
