package dev.hearsay.examples.render;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Likelihood;
import dev.hearsay.core.model.ReportingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Attribution chains as a person reads them: {@code report (PR+) <- The New York Times ("reports",
 * PR+) <- Ukrainian officials ("citing", PR+)}. The outermost hop reads "report" when it is the
 * document the dataset encodes.
 */
public final class ChainWords {
  private final Dataset dataset;

  public ChainWords(Dataset dataset) {
    this.dataset = dataset;
  }

  /**
   * The chain, outermost hop first, each hop with its cue, mode, commitment, likelihood, time (with
   * what of it the curator inferred) and whether the curator inferred the hop itself.
   */
  public String chain(Chain chain) {
    List<String> hops = new ArrayList<>();
    for (int i = 0; i < chain.hops().size(); i++) {
      Hop hop = chain.hops().get(i);
      String details = details(hop);
      hops.add(name(hop, i == 0) + (details.isEmpty() ? "" : " (" + details + ")"));
    }
    return String.join(" <- ", hops);
  }

  /** The hop's actor by name, or "report" for the encoded document's own hop. */
  String name(Hop hop, boolean outermost) {
    if (outermost
        && hop.source().isPresent()
        && hop.source().equals(dataset.metadata().encodes())) {
      return "report";
    }
    return actorName(hop.actor().value());
  }

  /** The actor's name, or its id when the dataset has no such actor. */
  String actorName(String id) {
    return dataset.actor(dev.hearsay.core.model.ActorId.of(id)).map(Actor::name).orElse(id);
  }

  private static String details(Hop hop) {
    List<String> parts = new ArrayList<>();
    hop.cue().ifPresent(cue -> parts.add("\"" + cue + "\""));
    if (hop.mode() != ReportingMode.PARAPHRASE) {
      parts.add(words(hop.mode()));
    }
    parts.add(hop.commitment().factBankCode());
    hop.likelihood().ifPresent(l -> parts.add(words(l)));
    hop.time().ifPresent(t -> parts.add(TimeWords.brief(t)));
    if (hop.inferred()) {
      parts.add("inferred");
    }
    return String.join(", ", parts);
  }

  static String words(ReportingMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String words(Likelihood likelihood) {
    return likelihood.name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " "
        + percent(likelihood.lowest())
        + "–"
        + percent(likelihood.highest())
        + "%";
  }

  private static String percent(java.math.BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** The commitment as FactBank writes it and in words: {@code PR- (probably not)}. */
  static String words(Commitment commitment) {
    String words =
        switch (commitment) {
          case CERTAIN -> "certain";
          case PROBABLE -> "probable";
          case POSSIBLE -> "possible";
          case CERTAIN_NOT -> "certainly not";
          case PROBABLE_NOT -> "probably not";
          case POSSIBLE_NOT -> "possibly not";
          case CERTAIN_UNKNOWN_POLARITY -> "certain, polarity not stated";
          case UNCOMMITTED -> "uncommitted";
        };
    return commitment.factBankCode() + " (" + words + ")";
  }

  /** The distinct commitments of the chains' origins, in words. */
  static String originCommitments(List<Chain> chains) {
    return chains.stream()
        .map(c -> words(c.origin().commitment()))
        .distinct()
        .collect(Collectors.joining(", "));
  }
}
