package dev.hearsay.examples.render;

import dev.hearsay.core.corpus.ClaimLink;
import dev.hearsay.core.corpus.ClaimRef;
import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.CorpusChain;
import dev.hearsay.core.corpus.EntityRef;
import dev.hearsay.core.corpus.EventRef;
import dev.hearsay.core.corpus.IdentityStatement;
import dev.hearsay.core.corpus.PartyCount;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.RelationKind;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of the commands' JSON answers, in the shapes of the links document where they can be:
 * a claim is {@code {"dataset": "kyiv", "claim": "c-x"}}, an entity {@code {"dataset": "kyiv",
 * "actor": "nyt", "name": "The New York Times"}}. Written indented, with the characters that
 * {@link SafeText} escapes written as JSON escapes.
 */
public final class AnswerJson {
  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private AnswerJson() {}

  public static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  /** The answer as indented JSON, ending with a new line. */
  public static String write(JsonNode answer) {
    return MAPPER.writer().with(new JsonEscapes()).writeValueAsString(answer)
        + System.lineSeparator();
  }

  public static ObjectNode claim(ClaimRef claim) {
    return object().put("dataset", claim.dataset().value()).put("claim", claim.claim().value());
  }

  public static ObjectNode event(EventRef event) {
    return object().put("dataset", event.dataset().value()).put("event", event.event().value());
  }

  public static ObjectNode entity(Corpus corpus, EntityRef entity) {
    return object()
        .put("dataset", entity.dataset().value())
        .put(entity.kind().name().toLowerCase(Locale.ROOT), entity.id())
        .put("name", EntityNames.name(corpus, entity));
  }

  public static ObjectNode count(PartyCount count) {
    ObjectNode node =
        object().put("min", count.min()).put("max", count.max()).put("exact", count.exact());
    if (!count.exact()) {
      node.put("reached", count.reached());
    }
    return node;
  }

  public static ObjectNode statement(Corpus corpus, IdentityStatement statement) {
    ObjectNode node =
        object().put("identity", statement.identity().name().toLowerCase(Locale.ROOT));
    node.set("first", entity(corpus, statement.first()));
    node.set("second", entity(corpus, statement.second()));
    statement.note().ifPresent(n -> node.put("note", n));
    return node;
  }

  /** A chain: its dataset, claim, hops outermost first, and the line the text answer prints. */
  public static ObjectNode chain(CorpusChain chain) {
    ObjectNode node =
        object()
            .put("dataset", chain.dataset().value())
            .put("claim", chain.chain().claim().value());
    ArrayNode hops = node.putArray("hops");
    for (Hop hop : chain.chain().chain().hops()) {
      ObjectNode h =
          hops.addObject()
              .put("actor", hop.actor().value())
              .put("commitment", hop.commitment().factBankCode());
      hop.cue().ifPresent(c -> h.put("cue", c));
      hop.time().ifPresent(t -> h.put("time", t.value().toEdtf()));
    }
    node.put("stance", chain.chain().stance().name().toLowerCase(Locale.ROOT));
    node.put("line", chain.line());
    return node;
  }

  /** Claim links as {@code {"kind", "from": CLAIM, "to": CLAIM}}. */
  public static ArrayNode links(List<ClaimLink> links) {
    ArrayNode array = array();
    for (ClaimLink link : links) {
      ObjectNode node = array.addObject().put("kind", kind(link.kind()));
      node.set("from", claim(link.from()));
      node.set("to", claim(link.to()));
    }
    return array;
  }

  /** A relation kind as the JSON form writes it: {@code derived_from}. */
  public static String kind(RelationKind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
