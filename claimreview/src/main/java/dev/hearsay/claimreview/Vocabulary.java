package dev.hearsay.claimreview;

import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.SourceKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The schema.org types that fact-check markup uses, and Hearsay's kinds for them. */
final class Vocabulary {
  private static final List<String> PREFIXES =
      List.of(
          "https://schema.org/",
          "http://schema.org/",
          "schema:",
          "https://schema.org#",
          "http://schema.org#");

  private static final Set<String> ORGANIZATIONS =
      Set.of(
          "Organization",
          "Corporation",
          "NGO",
          "NewsMediaOrganization",
          "GovernmentOrganization",
          "EducationalOrganization",
          "ResearchOrganization",
          "OnlineBusiness",
          "PoliticalParty",
          "LocalBusiness",
          "Project",
          "FundingScheme",
          "MedicalOrganization",
          "PerformingGroup",
          "SportsOrganization",
          "WorkersUnion",
          "Consortium",
          "Airline",
          "LibrarySystem",
          "SearchRescueOrganization");

  private static final Map<String, SourceKind> SOURCE_KINDS =
      Map.ofEntries(
          Map.entry("Article", SourceKind.ARTICLE),
          Map.entry("NewsArticle", SourceKind.ARTICLE),
          Map.entry("ReportageNewsArticle", SourceKind.ARTICLE),
          Map.entry("AnalysisNewsArticle", SourceKind.ARTICLE),
          Map.entry("OpinionNewsArticle", SourceKind.ARTICLE),
          Map.entry("BackgroundNewsArticle", SourceKind.ARTICLE),
          Map.entry("BlogPosting", SourceKind.ARTICLE),
          Map.entry("Report", SourceKind.REPORT),
          Map.entry("ScholarlyArticle", SourceKind.RESEARCH),
          Map.entry("VideoObject", SourceKind.BROADCAST),
          Map.entry("AudioObject", SourceKind.BROADCAST),
          Map.entry("Clip", SourceKind.BROADCAST),
          Map.entry("VideoGameClip", SourceKind.BROADCAST),
          Map.entry("TVEpisode", SourceKind.BROADCAST),
          Map.entry("RadioEpisode", SourceKind.BROADCAST),
          Map.entry("PodcastEpisode", SourceKind.BROADCAST),
          Map.entry("BroadcastEvent", SourceKind.BROADCAST),
          Map.entry("SocialMediaPosting", SourceKind.SOCIAL_POST),
          Map.entry("DiscussionForumPosting", SourceKind.SOCIAL_POST),
          Map.entry("Dataset", SourceKind.DATASET),
          Map.entry("DigitalDocument", SourceKind.DOCUMENT));

  private Vocabulary() {}

  /**
   * The types of a node, each without a schema.org prefix: none when {@code @type} is absent.
   *
   * @throws ClaimReviewException when {@code @type} is neither a text nor an array of texts
   */
  static List<String> types(Node node) {
    Node type = node.get("@type").orElse(null);
    if (type == null) {
      return List.of();
    }
    if (!type.isText() && !type.isArray()) {
      throw type.refused(
          "must be a type name such as \"ClaimReview\" or an array of them, not " + type.kind());
    }
    List<String> types = new ArrayList<>();
    for (Node one : type.oneOrMany()) {
      types.add(local(one.text()));
    }
    return types;
  }

  static String local(String type) {
    for (String prefix : PREFIXES) {
      if (type.startsWith(prefix)) {
        return type.substring(prefix.length());
      }
    }
    return type;
  }

  /** The kind of actor that a node of these types is; {@code UNKNOWN} for none that says. */
  static ActorKind actorKind(List<String> types) {
    if (types.contains("Person")) {
      return ActorKind.PERSON;
    }
    if (types.contains("NewsMediaOrganization")) {
      return ActorKind.MEDIA_OUTLET;
    }
    if (types.contains("GovernmentOrganization")) {
      return ActorKind.GOVERNMENT_BODY;
    }
    return types.stream().anyMatch(ORGANIZATIONS::contains)
        ? ActorKind.ORGANIZATION
        : ActorKind.UNKNOWN;
  }

  /**
   * The schema.org type written for an actor of this kind, or null for a kind that ClaimReview
   * has no type for (a state, a group, one unknown), written as a name alone.
   */
  static String actorType(ActorKind kind) {
    return switch (kind) {
      case PERSON -> "Person";
      case ORGANIZATION -> "Organization";
      case MEDIA_OUTLET -> "NewsMediaOrganization";
      case GOVERNMENT_BODY -> "GovernmentOrganization";
      case STATE, GROUP, UNKNOWN -> null;
    };
  }

  /** The kind of source that a creative work of these types is. */
  static SourceKind sourceKind(List<String> types) {
    for (String type : types) {
      SourceKind kind = SOURCE_KINDS.get(type);
      if (kind != null) {
        return kind;
      }
    }
    return SourceKind.UNKNOWN;
  }

  /** The schema.org type written for a source of this kind. */
  static String sourceType(SourceKind kind) {
    return switch (kind) {
      case ARTICLE -> "Article";
      case REPORT -> "Report";
      case RESEARCH -> "ScholarlyArticle";
      case BROADCAST -> "VideoObject";
      case SOCIAL_POST -> "SocialMediaPosting";
      case DATASET -> "Dataset";
      case DOCUMENT -> "DigitalDocument";
      case STATEMENT, INTERVIEW, UNKNOWN -> "CreativeWork";
    };
  }
}
