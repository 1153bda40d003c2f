package dev.hearsay.benchmarks.workload;

import java.util.List;
import java.util.SplittableRandom;

/** The words the workloads are written in: propositions, cues, names and units of news reports. */
final class Phrases {
  static final List<String> CUES =
      List.of(
          "reports",
          "citing",
          "said",
          "noted",
          "suggests",
          "reportedly",
          "according to",
          "told",
          "claims",
          "estimates",
          "confirmed",
          "denied");

  static final List<String> SUBJECTS =
      List.of(
          "North Korean soldiers",
          "The defence ministry",
          "Ukrainian forces",
          "Russian troops",
          "The regional governor",
          "Border guards",
          "The central bank",
          "Aid convoys",
          "Local officials",
          "The army's engineers",
          "Two battalions",
          "The foreign minister");

  static final List<String> VERBS =
      List.of(
          "will join",
          "have reached",
          "are expected to leave",
          "did not enter",
          "were seen near",
          "have withdrawn from",
          "plan to reinforce",
          "took part in an exercise near",
          "were transferred to",
          "could soon arrive in",
          "are preparing a counteroffensive in",
          "have not yet engaged in combat in");

  static final List<String> PLACES =
      List.of(
          "the Kursk region",
          "the front lines",
          "Sudzha",
          "the border crossing",
          "the port of Vanino",
          "Pyongyang",
          "Kyiv",
          "the Belgorod region",
          "the training grounds in the Far East",
          "the occupied territories",
          "Seoul",
          "the capital");

  static final List<String> CLAUSES =
      List.of(
          "before the harsh winter",
          "since August",
          "by the end of the month",
          "within days",
          "after weeks of preparation",
          "despite earlier denials",
          "in several waves",
          "according to intercepted messages",
          "as satellite images suggest",
          "without heavy arms");

  static final List<String> QUANTITY_NAMES =
      List.of("troops", "arms-supplies-value", "casualties", "vehicles", "shells", "aid-value");

  static final List<String> CURRENCIES = List.of("EUR", "USD", "UAH", "KRW");

  static final List<String> LANGUAGES = List.of("en", "de", "uk", "ko", "fr", "en-US");

  static final List<String> NOTES =
      List.of(
          "The year is not in the text; inferred from the publication date.",
          "The speaker is implied by the paragraph, not named.",
          "The figure is the upper end of a range given elsewhere in the article.",
          "Treated as the same event as the earlier report of troop movements.");

  private Phrases() {}

  static String proposition(SplittableRandom random) {
    return pick(SUBJECTS, random)
        + " "
        + pick(VERBS, random)
        + " "
        + pick(PLACES, random)
        + " "
        + pick(CLAUSES, random)
        + ".";
  }

  static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }
}
