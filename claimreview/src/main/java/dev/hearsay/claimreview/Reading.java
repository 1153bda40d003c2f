package dev.hearsay.claimreview;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.ValueCheckException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** One document being read: what it builds, what it leaves out, and the nodes it names by id. */
final class Reading {
  private static final int MAX_URL_LENGTH = 8_000;

  final Assembly assembly = new Assembly();
  final List<Omission> omissions = new java.util.ArrayList<>();
  private final Map<String, Node> named;

  Reading(Map<String, Node> named) {
    this.named = named;
  }

  void omit(String path, String reason) {
    omissions.add(new Omission(path, reason));
  }

  /**
   * The node itself, or when it only refers to another node of the document by {@code @id}, that
   * node.
   */
  Node resolve(Node node) {
    if (!node.isObject()) {
      return node;
    }
    List<String> names = node.names();
    boolean reference =
        names.contains("@id") && names.stream().allMatch(n -> n.equals("@id") || n.equals("@type"));
    if (reference && node.get("@id").map(Node::isText).orElse(false)) {
      Node target = named.get(node.get("@id").get().json().asString());
      if (target != null && target != node) {
        return target;
      }
    }
    return node;
  }

  /**
   * The first value of a property that may hold several, resolved; the others are left out with
   * the given reason.
   */
  Optional<Node> first(Node object, String name, String whyOthers) {
    Optional<Node> value = object.get(name);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    List<Node> all = value.get().oneOrMany();
    for (Node other : all.subList(Math.min(1, all.size()), all.size())) {
      omit(other.path(), whyOthers);
    }
    return all.isEmpty() ? Optional.empty() : Optional.of(resolve(all.get(0)));
  }

  /**
   * The actor a value names: a text is a name; a Person or an Organization is named by its
   * {@code name}, or failing that its {@code url} or first {@code sameAs}.
   */
  ActorId actor(Node node) {
    if (node.isText()) {
      String name = node.text();
      return built(node, () -> assembly.actor(name, ActorKind.UNKNOWN));
    }
    node.object("a name, a Person or an Organization");
    ActorKind kind = Vocabulary.actorKind(Vocabulary.types(node));
    String name = null;
    String namedBy = null;
    for (String property : List.of("name", "alternateName", "url", "sameAs")) {
      Optional<Node> value = node.get(property);
      if (value.isPresent()) {
        List<Node> values = value.get().oneOrMany();
        if (!values.isEmpty()) {
          name = values.get(0).text();
          namedBy = property;
          break;
        }
      }
    }
    if (name == null) {
      throw node.refused(
          "has no name, url or sameAs to name the "
              + (kind == ActorKind.PERSON ? "person" : "organization")
              + " by");
    }
    String actorName = name;
    ActorId id = built(node, () -> assembly.actor(actorName, kind));
    Unmapped.rest(node, List.of(namedBy), omissions);
    return id;
  }

  /** An absolute address, such as a review's or an appearance's {@code url}. */
  URI url(Node node) {
    String text = node.text();
    if (text.length() > MAX_URL_LENGTH) {
      throw node.refused(
          "is "
              + text.length()
              + " characters long, longer than the "
              + MAX_URL_LENGTH
              + " an address may have here");
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw node.refused("'" + Texts.shorten(text) + "' is not an address: " + e.getReason(), e);
    }
    if (!uri.isAbsolute()) {
      throw node.refused(
          "'"
              + Texts.shorten(text)
              + "' is not an absolute address; give it with"
              + " its scheme, such as https://");
    }
    try {
      page(uri);
    } catch (IllegalArgumentException e) {
      throw node.refused(
          "'" + Texts.shorten(text) + "' is not an address without its fragment" + " either", e);
    }
    return uri;
  }

  /**
   * The address without its fragment, such as the page of a review given as page#claim-2.
   *
   * @throws IllegalArgumentException when what is left is not an address, as of {@code https://#x}
   */
  static URI page(URI url) {
    if (url.getRawFragment() == null) {
      return url;
    }
    String text = url.toString();
    return URI.create(text.substring(0, text.indexOf('#')));
  }

  /** Sets the source's language from a BCP 47 tag, or leaves it out when it is not one. */
  void language(Node node, Source.Builder source) {
    String tag = node.text();
    try {
      new Locale.Builder().setLanguageTag(tag);
      source.language(tag);
    } catch (IllformedLocaleException e) {
      omit(node.path(), "'" + Texts.shorten(tag) + "' is not a BCP 47 language tag");
    }
  }

  /** Runs a build, refusing at the node when the model refuses a value. */
  static <T> T built(Node node, Supplier<T> build) {
    try {
      return build.get();
    } catch (ValueCheckException e) {
      throw node.refused(e.getMessage(), e);
    }
  }
}
