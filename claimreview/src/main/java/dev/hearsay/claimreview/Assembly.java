package dev.hearsay.claimreview;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Assessment;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Commitment;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.DatasetValidationException;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.ReportingMode;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.model.Violation;
import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dataset a fact-check document describes, put together as it is read: each actor, source
 * and claim once, with ids made from names and order, and each assessment with the place in the
 * document it comes from.
 */
final class Assembly {
  /** The name of the actor that holds a claim whose claimant the document does not name. */
  static final String UNKNOWN_CLAIMANT = "Unknown claimant";

  private static final int ID_LENGTH = 60;
  private static final SourceId PENDING = SourceId.of("pending");
  private static final Pattern VIOLATION_AT = Pattern.compile("^(claims|assessments)\\[([^\\]]+)]");

  private final Map<String, Actor> actors = new LinkedHashMap<>();

  /**
   * The sources by locator, or when they have none by their fields with the id {@link #PENDING}.
   */
  private final Map<Object, Source> sources = new LinkedHashMap<>();

  private final Map<String, ClaimDraft> claims = new LinkedHashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final List<Assessment> assessments = new ArrayList<>();
  private final List<String> assessmentPaths = new ArrayList<>();
  private final Map<String, String> claimPaths = new HashMap<>();
  private int sourceCount;

  /** A claim as read so far: its words, its claimant and the chains that hold it. */
  private record ClaimDraft(ClaimId id, String proposition, List<Chain> chains) {}

  /** The actor with this name and kind, added when new. */
  ActorId actor(String name, ActorKind kind) {
    return actor(name, kind, false);
  }

  /** The actor that stands for a claimant the document does not name. */
  ActorId unknownClaimant() {
    return actor(UNKNOWN_CLAIMANT, ActorKind.UNKNOWN, true);
  }

  private ActorId actor(String name, ActorKind kind, boolean anonymous) {
    String key = kind + "\n" + anonymous + "\n" + name;
    Actor known = actors.get(key);
    if (known != null) {
      return known.id();
    }
    Actor actor =
        new Actor.Builder()
            .id(newId(slug(name), "actor"))
            .name(name)
            .kind(kind)
            .anonymous(anonymous)
            .build();
    actors.put(key, actor);
    return actor.id();
  }

  /**
   * The source that these fields describe: the one already read with the same locator, or with
   * no locator and the same fields, or a new one with an id that starts with {@code prefix}.
   */
  SourceId source(String prefix, Source.Builder fields, Optional<URI> locator) {
    Source candidate = fields.id(PENDING).build();
    Object key = locator.isPresent() ? locator.get().toString() : candidate;
    Source known = sources.get(key);
    if (known != null) {
      return known.id();
    }
    sourceCount++;
    Source source = candidate.withId(SourceId.of(newId(prefix + "-" + sourceCount, prefix)));
    sources.put(key, source);
    return source.id();
  }

  /**
   * The claim with these words held by this claimant and said at this time, added when new; its
   * chains gain those of the appearances not held already, one chain of one hop for each.
   *
   * @param appearances the sources in which the claimant said it, in order; empty for none known
   * @param time when the claimant said it, if known
   * @param path where in the document the claim is read, for messages
   */
  ClaimId claim(
      String proposition,
      ActorId claimant,
      List<SourceId> appearances,
      Optional<TimeMention> time,
      String path) {
    List<Chain> chains = new ArrayList<>();
    for (Optional<SourceId> appearance :
        appearances.isEmpty()
            ? List.of(Optional.<SourceId>empty())
            : appearances.stream().map(Optional::of).toList()) {
      Hop.Builder hop =
          new Hop.Builder()
              .actor(claimant)
              .mode(ReportingMode.PARAPHRASE)
              .commitment(Commitment.CERTAIN);
      appearance.ifPresent(hop::source);
      time.ifPresent(hop::time);
      chains.add(Chain.of(hop.build()));
    }
    // Words, claimant and time make a claim: reviews that date it apart are of two claims.
    String key =
        claimant.value() + "\n" + time.map(t -> t.value().toEdtf()).orElse("") + "\n" + proposition;
    ClaimDraft draft = claims.get(key);
    if (draft == null) {
      draft =
          new ClaimDraft(
              ClaimId.of(newId("claim-" + (claims.size() + 1), "claim")),
              proposition,
              new ArrayList<>());
      claims.put(key, draft);
      claimPaths.put(draft.id().value(), path);
    }
    for (Chain chain : chains) {
      if (!draft.chains().contains(chain)) {
        draft.chains().add(chain);
      }
    }
    return draft.id();
  }

  /** Adds an assessment read at the given place in the document. */
  void assess(Assessment assessment, String path) {
    assessments.add(assessment);
    assessmentPaths.add(path);
  }

  /**
   * The dataset, checked by the model's rules.
   *
   * @throws ClaimReviewException at the place in the document of the first violation
   */
  Dataset build(DatasetMetadata metadata) {
    Dataset.Builder builder =
        new Dataset.Builder()
            .metadata(metadata)
            .addAllActors(actors.values())
            .addAllSources(sources.values())
            .addAllAssessments(assessments);
    for (ClaimDraft draft : claims.values()) {
      builder.addClaims(
          new Claim.Builder()
              .id(draft.id())
              .proposition(draft.proposition())
              .addAllAttribution(draft.chains())
              .build());
    }
    try {
      return builder.build();
    } catch (DatasetValidationException e) {
      Violation first = e.violations().get(0);
      String more = e.total() > 1 ? " (and " + (e.total() - 1) + " more)" : "";
      throw new ClaimReviewException(
          place(first.path().toString()), first.message() + " [" + first.path() + "]" + more, e);
    }
  }

  /** The place in the document of a violation at a path of the dataset. */
  private String place(String path) {
    Matcher at = VIOLATION_AT.matcher(path);
    if (at.find()) {
      if (at.group(1).equals("assessments")) {
        int index = Integer.parseInt(at.group(2));
        if (index < assessmentPaths.size()) {
          return assessmentPaths.get(index);
        }
      } else if (claimPaths.containsKey(at.group(2))) {
        return claimPaths.get(at.group(2));
      }
    }
    return "$";
  }

  private String newId(String wanted, String fallback) {
    String base =
        wanted.isEmpty() || !Character.isLetter(wanted.charAt(0))
            ? fallback + (wanted.isEmpty() ? "" : "-" + wanted)
            : wanted;
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /** A name as an id: letters and digits of the Latin alphabet, lower case, joined by hyphens. */
  static String slug(String name) {
    String head = name.length() > 200 ? name.substring(0, 200) : name;
    String plain =
        Normalizer.normalize(head, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    int start = 0;
    int end = plain.length();
    while (start < end && plain.charAt(start) == '-') {
      start++;
    }
    while (end > start && plain.charAt(end - 1) == '-') {
      end--;
    }
    String slug = plain.substring(start, end);
    if (slug.length() > ID_LENGTH) {
      slug = slug.substring(0, ID_LENGTH);
      while (slug.endsWith("-")) {
        slug = slug.substring(0, slug.length() - 1);
      }
    }
    return slug;
  }
}
