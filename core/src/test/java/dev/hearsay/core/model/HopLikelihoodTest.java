package dev.hearsay.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hop's calibrated likelihood may not lean against a certain or probable commitment. */
class HopLikelihoodTest {
  private static Hop.Builder hop(Commitment commitment, Likelihood likelihood) {
    return new Hop.Builder()
        .actor(ActorId.of("guseinova"))
        .mode(ReportingMode.PARAPHRASE)
        .commitment(commitment)
        .likelihood(likelihood);
  }

  @ParameterizedTest
  @CsvSource({
    "CERTAIN, UNLIKELY", "PROBABLE, VERY_UNLIKELY", "PROBABLE, ALMOST_NO_CHANCE",
    "CERTAIN_NOT, LIKELY", "PROBABLE_NOT, ALMOST_CERTAIN", "PROBABLE_NOT, VERY_LIKELY"
  })
  void aLikelihoodAgainstAFirmCommitmentIsRefused(Commitment commitment, Likelihood likelihood) {
    assertThatThrownBy(() -> hop(commitment, likelihood).build())
        .isInstanceOfSatisfying(
            ValueCheckException.class,
            e -> {
              assertThat(e.field()).isEqualTo("Hop.likelihood");
              assertThat(e.rule())
                  .startsWith(
                      likelihood.name().toLowerCase(java.util.Locale.ROOT)
                          + " leans the other way from the commitment "
                          + commitment.name().toLowerCase(java.util.Locale.ROOT)
                          + " ("
                          + commitment.factBankCode()
                          + ")");
              assertThat(e.getMessage()).isEqualTo(e.field() + ": " + e.rule());
            });
  }

  @ParameterizedTest
  @CsvSource({
    "PROBABLE_NOT, UNLIKELY",
    "CERTAIN_NOT, ALMOST_NO_CHANCE",
    "PROBABLE, LIKELY",
    "CERTAIN, ALMOST_CERTAIN",
    "POSSIBLE, UNLIKELY",
    "POSSIBLE_NOT, LIKELY",
    "CERTAIN, ROUGHLY_EVEN_CHANCE",
    "PROBABLE_NOT, ROUGHLY_EVEN_CHANCE",
    "UNCOMMITTED, VERY_UNLIKELY",
    "CERTAIN_UNKNOWN_POLARITY, VERY_LIKELY"
  })
  void aLikelihoodOnTheCommitmentsSideOrAMerePossibilityIsAccepted(
      Commitment commitment, Likelihood likelihood) {
    assertThat(hop(commitment, likelihood).build().likelihood()).hasValue(likelihood);
  }

  @ParameterizedTest
  @CsvSource({
    "ALMOST_NO_CHANCE, -1",
    "VERY_UNLIKELY, -1",
    "UNLIKELY, -1",
    "ROUGHLY_EVEN_CHANCE, 0",
    "LIKELY, 1",
    "VERY_LIKELY, 1",
    "ALMOST_CERTAIN, 1"
  })
  void eachLikelihoodLeansByItsRange(Likelihood likelihood, int polarity) {
    assertThat(likelihood.polarity()).isEqualTo(polarity);
  }
}
