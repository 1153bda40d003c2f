package dev.hearsay.prov;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.openprovenance.prov.model.QualifiedName;

/**
 * The Hearsay id of each qualified name: the local part for a name in the namespace of its kind
 * ({@code actor:nyt} is the actor {@code nyt}), {@code prefix:local} for a name from elsewhere
 * ({@code ex:derek}), and, where that is not a valid id, the name with its other characters
 * replaced by '_'. Two names never share an id of one kind.
 */
final class Ids {
  private static final int MAX_LENGTH = 128;

  private final String base;
  private final Map<Terms.Kind, Map<String, String>> byUri = new EnumMap<>(Terms.Kind.class);
  private final Map<Terms.Kind, Set<String>> taken = new EnumMap<>(Terms.Kind.class);

  /** Ids of names in Hearsay's namespaces of ids under {@code base}, and of any other name. */
  Ids(String base) {
    this.base = base;
  }

  /** The id of the name among the values of the kind, the same each time it is asked. */
  String of(Terms.Kind kind, QualifiedName name) {
    String uri = name.getUri();
    Map<String, String> ids = byUri.computeIfAbsent(kind, k -> new HashMap<>());
    String id = ids.get(uri);
    if (id == null) {
      id = unique(kind, candidate(base + kind.prefix + "/", name, uri));
      ids.put(uri, id);
    }
    return id;
  }

  private static String candidate(String own, QualifiedName name, String uri) {
    String namespace = name.getNamespaceURI() == null ? "" : name.getNamespaceURI();
    String local = uri.startsWith(namespace) ? uri.substring(namespace.length()) : uri;
    if (namespace.equals(own)) {
      return local;
    }
    String prefix = name.getPrefix();
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  private String unique(Terms.Kind kind, String candidate) {
    Set<String> used = taken.computeIfAbsent(kind, k -> new HashSet<>());
    String id = valid(candidate);
    for (int n = 2; used.contains(id); n++) {
      String suffix = "-" + n;
      String base = valid(candidate);
      id = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
    }
    used.add(id);
    return id;
  }

  /** The text as an id: other characters become '_', an 'x' leads if a letter does not. */
  static String valid(String text) {
    StringBuilder id = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 1);
    if (text.isEmpty() || !letter(text.charAt(0))) {
      id.append('x');
    }
    for (int i = 0; i < text.length() && id.length() < MAX_LENGTH; i++) {
      char c = text.charAt(i);
      boolean allowed =
          letter(c) || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == ':' || c == '-';
      id.append(allowed ? c : '_');
    }
    return id.toString();
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
