package dev.hearsay.jackson.internal.read;

import java.util.List;
import java.util.Locale;

/**
 * The field a misspelt field name most likely meant: the known name nearest to it in edits (a
 * letter added, dropped, changed, or two letters swapped), ignoring case, '_' and '-', when it is
 * near enough to be a slip rather than another word.
 */
final class FieldSuggestion {
  private FieldSuggestion() {}

  /**
   * The known name the given name most likely meant.
   *
   * @return the name, or null when none is near enough
   */
  static String of(String name, List<String> known) {
    String wanted = plain(name);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      String plain = plain(candidate);
      // A slip is an edit in every three letters or so of the longer name, at least one, at most
      // three: "note" for "notes", "alias" for "aliases", "credibilty" for "credibility".
      int allowed = Math.max(1, Math.min(3, Math.max(wanted.length(), plain.length()) / 3));
      int distance = distance(wanted, plain, allowed + 1);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static String plain(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /**
   * The optimal string alignment distance between two names, or {@code limit} when it is at least
   * that much; names here are short, and the rows stop early once every cell is over the limit.
   */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] before = new int[b.length() + 1];
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int least = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
        least = Math.min(least, d);
      }
      if (least >= limit) {
        return limit;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return Math.min(previous[b.length()], limit);
  }
}
