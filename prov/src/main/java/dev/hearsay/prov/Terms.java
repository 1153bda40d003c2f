package dev.hearsay.prov;

import java.util.Locale;

/**
 * The names this mapping writes: the namespaces of Hearsay's ids, and the {@code hearsay:} terms
 * for what PROV has no term for. {@code docs/prov.md} defines each of them.
 */
final class Terms {
  /** PROV's own namespace. */
  static final String PROV = "http://www.w3.org/ns/prov#";

  /** The namespace of Hearsay's own PROV terms. */
  static final String HEARSAY = "https://hearsay.dev/ns/prov#";

  static final String ID = "https://hearsay.dev/id/";

  /** Where each kind of Hearsay value has its names. */
  enum Kind {
    DATASET("dataset"),
    ACTOR("actor"),
    PLACE("place"),
    SOURCE("source"),
    CLAIM("claim"),
    UTTERANCE("utterance"),
    QUANTITY("quantity"),
    EVENT("event"),
    ASSESSMENT("assessment");

    final String prefix;
    final String namespace;

    Kind(String prefix) {
      this.prefix = prefix;
      this.namespace = ID + prefix + "/";
    }
  }

  /** The local name of the entity that describes the dataset itself. */
  static final String DATASET_NAME = "dataset";

  // Types (prov:type values) of Hearsay's nodes and relations.
  static final String CLAIM_DATASET = "ClaimDataset";
  static final String CLAIM = "Claim";
  static final String UTTERANCE = "Utterance";
  static final String QUANTITY = "Quantity";
  static final String PLACE = "Place";
  static final String EVENT = "Event";
  static final String PUBLISHER = "Publisher";
  static final String AUTHOR = "Author";
  static final String ASSESSMENT = "Assessment";
  static final String ASSESSES = "Assesses";
  static final String CORPUS = "Corpus";
  static final String IDENTITY_STATEMENT = "IdentityStatement";
  static final String EVENT_LINK = "EventLink";

  // Attributes of the dataset.
  static final String SCHEMA_VERSION = "schemaVersion";
  static final String DESCRIPTION = "description";
  static final String CURATOR = "curator";
  static final String CREATED = "created";
  static final String LICENSE = "license";
  static final String ENCODES = "encodes";

  // Attributes of actors.
  static final String ANONYMOUS = "anonymous";
  static final String ALIAS = "alias";
  static final String AFFILIATED_WITH = "affiliatedWith";
  static final String ROLE = "role";
  static final String PERIOD = "period";

  // Attributes of actors, places and sources: identifiers as scheme:value, new in 1.1.
  static final String IDENTIFIER = "identifier";

  // Attributes of places.
  static final String ISO_CODE = "isoCode";
  static final String LATITUDE = "latitude";
  static final String LONGITUDE = "longitude";

  // Attributes of sources.
  static final String LOCATOR = "locator";
  static final String LANGUAGE = "language";
  static final String RETRIEVED_AT = "retrievedAt";
  static final String RELIABILITY = "reliability";
  static final String NOTE = "note";

  // Attributes of a time: on a generation (a hop's or a source's), and prefixed on claims.
  static final String TIME = "time";
  static final String AS_WRITTEN = "AsWritten";
  static final String INFERRED_SUFFIX = "Inferred";

  // Attributes of claims.
  static final String ABOUT = "about";
  static final String ABOUT_ACTOR = "aboutActor";
  static final String ABOUT_PLACE = "aboutPlace";
  static final String QUANTITY_REF = "quantity";
  static final String CREDIBILITY = "credibility";

  // Attributes of a quote (on the quotation of a claim from its source).
  static final String EXACT = "exact";
  static final String PREFIX = "prefix";
  static final String SUFFIX = "suffix";
  static final String START = "start";
  static final String END = "end";

  // Attributes of utterances (hops).
  static final String CUE = "cue";
  static final String MODE = "mode";
  static final String COMMITMENT = "commitment";
  static final String LIKELIHOOD = "likelihood";
  static final String SAID_IN = "saidIn";
  static final String INFERRED = "inferred";

  // Attributes of quantities.
  static final String NAME = "name";
  static final String ESTIMATE = "estimate";
  static final String LOWER = "lower";
  static final String LOWER_INCLUSIVE = "lowerInclusive";
  static final String UPPER = "upper";
  static final String UPPER_INCLUSIVE = "upperInclusive";
  static final String APPROXIMATE = "approximate";
  static final String CURRENCY = "currency";
  static final String COUNT_OF = "countOf";
  static final String QUANTITY_AS_WRITTEN = "asWritten";

  // Attributes of events.
  static final String STATUS = "status";
  static final String EVENT_PLACE = "place";
  static final String PARTICIPANT = "participant";
  static final String EVENT_CLAIM = "claim";

  // Attributes of assessments.
  static final String PUBLISHED_IN = "publishedIn";
  static final String RATING_VALUE = "ratingValue";
  static final String BEST_RATING = "bestRating";
  static final String WORST_RATING = "worstRating";
  static final String URL = "url";

  // Attributes of a corpus's identity statements and event links.
  static final String IDENTITY = "identity";
  static final String FIRST = "first";
  static final String SECOND = "second";

  /** The namespace of a corpus's own names: the corpus, its identity statements and links. */
  static final String CORPUS_NAMESPACE = ID + "corpus/";

  /** The local name of the collection that holds a corpus's datasets. */
  static final String CORPUS_NAME = "corpus";

  private Terms() {}

  /**
   * The name of element {@code position} (from 0) of a list: PROV attributes are a set, so a list
   * numbers its elements from 1, as RDF's containers do ({@code hearsay:note_1}).
   */
  static String item(String list, int position) {
    return list + "_" + (position + 1);
  }

  /** A URI of PROV's or Hearsay's namespace with its prefix, such as {@code prov:Revision}. */
  static String shortName(String uri) {
    if (uri.startsWith(PROV)) {
      return "prov:" + uri.substring(PROV.length());
    }
    if (uri.startsWith(HEARSAY)) {
      return "hearsay:" + uri.substring(HEARSAY.length());
    }
    return uri.length() > 120 ? uri.substring(0, 120) + "..." : uri;
  }

  /** A constant as a PROV type name: {@code MEDIA_OUTLET} is {@code MediaOutlet}. */
  static String typeName(Enum<?> constant) {
    StringBuilder out = new StringBuilder();
    for (String word : constant.name().split("_")) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /** A constant as a value, as the JSON form writes it: {@code MEDIA_OUTLET} is {@code media_outlet}. */
  static String word(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }
}
