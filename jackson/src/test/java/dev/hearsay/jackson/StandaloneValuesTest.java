package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.corpus.Identity;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Reliability;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every value of the model, and of a corpus's links, written on its own by a mapper with the
 * module has the form it has inside its document, and reads back equal.
 */
class StandaloneValuesTest {
  /** A value, the type to read it as, and its form inside its document (null: not compared). */
  private record Case(String name, Class<?> type, Object value, JsonNode form) {}

  /** A mapper made here, so that the module's readers and writers are registered afresh. */
  private static JsonMapper freshMapper() {
    return JsonMapper.builder().addModule(new HearsayModule()).build();
  }

  private static <T> int indexOf(List<T> list, Predicate<T> test) {
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        return i;
      }
    }
    throw new AssertionError("the sample has no such value");
  }

  private static void assertEachStandsAlone(JsonMapper mapper, List<Case> cases) {
    for (Case c : cases) {
      String written = mapper.writeValueAsString(c.value());
      if (c.form() != null) {
        assertThat(mapper.readTree(written)).as(c.name()).isEqualTo(c.form());
      }
      assertThat(mapper.readValue(written, c.type())).as(c.name()).isEqualTo(c.value());
    }
  }

  @Test
  void theValuesOfADataset() {
    JsonMapper mapper = freshMapper();
    Dataset kursk = Samples.kursk();
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(kursk));
    List<Case> cases = new ArrayList<>();

    cases.add(new Case("metadata", DatasetMetadata.class, kursk.metadata(), tree.get("metadata")));
    int a = indexOf(kursk.actors(), actor -> !actor.affiliations().isEmpty());
    Actor actor = kursk.actors().get(a);
    JsonNode actorForm = tree.get("actors").get(a);
    cases.add(new Case("actor", Actor.class, actor, actorForm));
    cases.add(
        new Case(
            "affiliation",
            Affiliation.class,
            actor.affiliations().get(0),
            actorForm.get("affiliations").get(0)));
    cases.add(new Case("actor id", ActorId.class, actor.id(), actorForm.get("id")));
    cases.add(new Case("actor kind", ActorKind.class, actor.kind(), actorForm.get("kind")));

    int p = indexOf(kursk.places(), place -> place.coordinates().isPresent());
    Place place = kursk.places().get(p);
    JsonNode placeForm = tree.get("places").get(p);
    cases.add(new Case("place", Place.class, place, placeForm));
    cases.add(
        new Case(
            "coordinates",
            Coordinates.class,
            place.coordinates().orElseThrow(),
            placeForm.get("coordinates")));
    cases.add(new Case("place id", PlaceId.class, place.id(), placeForm.get("id")));

    int s = indexOf(kursk.sources(), source -> source.reliability().isPresent());
    Source source = kursk.sources().get(s);
    JsonNode sourceForm = tree.get("sources").get(s);
    cases.add(new Case("source", Source.class, source, sourceForm));
    cases.add(new Case("source id", SourceId.class, source.id(), sourceForm.get("id")));
    cases.add(
        new Case(
            "reliability",
            Reliability.class,
            source.reliability().orElseThrow(),
            sourceForm.get("reliability")));

    int q = indexOf(kursk.claims(), claim -> !claim.quantities().isEmpty());
    Claim claim = kursk.claims().get(q);
    JsonNode claimForm = tree.get("claims").get(q);
    Quantity quantity = claim.quantities().get(0);
    cases.add(new Case("claim", Claim.class, claim, claimForm));
    cases.add(new Case("claim id", ClaimId.class, claim.id(), claimForm.get("id")));
    cases.add(new Case("quantity", Quantity.class, quantity, claimForm.get("quantities").get(0)));
    cases.add(new Case("unit", dev.hearsay.core.model.Unit.class, quantity.unit(), null));
    Chain chain = claim.attribution().get(0);
    cases.add(new Case("chain", Chain.class, chain, claimForm.get("attribution").get(0)));
    cases.add(
        new Case(
            "hop",
            dev.hearsay.core.model.Hop.class,
            chain.hops().get(0),
            claimForm.get("attribution").get(0).get(0)));

    assertEachStandsAlone(mapper, cases);
  }

  @Test
  void theValuesOfACorpusAndItsLinks() {
    JsonMapper mapper = freshMapper();
    Links links = CorpusSamples.LINKS;
    JsonNode tree = mapper.readTree(mapper.writeValueAsString(links));
    String identities = tree.get("identities").toString();
    String claims = tree.get("claims").toString();
    String events = tree.get("events").toString();
    List<Case> cases = new ArrayList<>();

    cases.add(new Case("links", Links.class, links, null));
    cases.add(
        new Case("corpus", dev.hearsay.core.corpus.Corpus.class, CorpusSamples.corpus(), null));
    cases.add(
        new Case(
            "identity statement",
            dev.hearsay.core.corpus.IdentityStatement.class,
            CorpusSamples.OFFICIALS,
            tree.get("identities").get(1)));
    cases.add(
        new Case(
            "claim link",
            dev.hearsay.core.corpus.ClaimLink.class,
            CorpusSamples.SAME_CLAIM,
            tree.get("claims").get(0)));
    cases.add(
        new Case(
            "event link",
            dev.hearsay.core.corpus.EventLink.class,
            CorpusSamples.SAME_EVENT,
            tree.get("events").get(0)));
    cases.add(
        new Case(
            "claim ref",
            dev.hearsay.core.corpus.ClaimRef.class,
            CorpusSamples.SAME_CLAIM.from(),
            null));
    cases.add(
        new Case(
            "event ref",
            dev.hearsay.core.corpus.EventRef.class,
            CorpusSamples.SAME_EVENT.first(),
            null));
    cases.add(
        new Case(
            "dataset id",
            dev.hearsay.core.corpus.DatasetId.class,
            dev.hearsay.core.corpus.DatasetId.of("kyiv"),
            mapper.readTree("\"kyiv\"")));
    cases.add(new Case("identity", Identity.class, Identity.POSSIBLY_SAME, null));

    assertEachStandsAlone(mapper, cases);
    // each part on its own is written as it is inside the links
    assertThat(claims).contains(mapper.writeValueAsString(CorpusSamples.SAME_CLAIM.from()));
    assertThat(events).contains(mapper.writeValueAsString(CorpusSamples.SAME_EVENT.first()));
    assertThat(identities).contains(mapper.writeValueAsString(Identity.POSSIBLY_SAME));
  }

  @Test
  void linksWithOnlyIdentitiesAndAnEventIdAreWrittenInTheFormOnly() {
    JsonMapper mapper = freshMapper();
    Links identitiesOnly = new Links.Builder().addIdentities(CorpusSamples.SAME_OUTLET).build();

    assertThat(mapper.writeValueAsString(identitiesOnly))
        .isEqualTo(
            "{\"schemaVersion\":\"1.1\",\"identities\":[{\"identity\":\"same\","
                + "\"first\":{\"dataset\":\"kyiv\",\"actor\":\"nyt\"},"
                + "\"second\":{\"dataset\":\"ooda\",\"actor\":\"nyt\"},"
                + "\"note\":\"The New York Times\"}]}");
    assertThat(mapper.writeValueAsString(dev.hearsay.core.model.EventId.of("e-arrival")))
        .isEqualTo("\"e-arrival\"");
    assertThat(mapper.readValue("\"e-arrival\"", dev.hearsay.core.model.EventId.class))
        .isEqualTo(dev.hearsay.core.model.EventId.of("e-arrival"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(
      delimiter = '|',
      value = {
        "dev.hearsay.core.corpus.Links|{\"identities\": []}|schemaVersion: is required but missing",
        "dev.hearsay.core.corpus.IdentityStatement|{\"identity\": \"same\", \"first\":"
            + " {\"dataset\": \"a\", \"actor\": \"x\"}}|second: is required but missing",
        "dev.hearsay.core.corpus.ClaimLink|{\"kind\": \"supports\", \"from\": {\"dataset\":"
            + " \"a\", \"claim\": \"c\"}}|to: is required but missing",
        "dev.hearsay.core.corpus.EventLink|{\"first\": {\"dataset\": \"a\", \"event\":"
            + " \"e\"}}|second: is required but missing",
        "dev.hearsay.core.corpus.ClaimRef|{\"dataset\": \"a\"}|claim: is required but missing",
        "dev.hearsay.core.corpus.EventRef|{\"dataset\": \"a\"}|event: is required but missing",
        "dev.hearsay.core.model.Coordinates|{\"latitude\": 100, \"longitude\": 0}|latitude:"
            + " 100.0 is not between -90 and 90",
        "dev.hearsay.core.model.Identifier|{\"scheme\": \"wikidata\"}|value: is required but"
            + " missing",
        "dev.hearsay.core.model.Bound|{\"inclusive\": true}|value: is required but missing",
        "dev.hearsay.core.model.EventId|\" \"|EventId: ' ' is not a valid id (1 to 128 letters,"
            + " digits, '.', '_', ':' or '-', starting with a letter)"
      })
  void aValueReadOnItsOwnIsRefusedInTheReadersWords(String type, String json, String message)
      throws ClassNotFoundException {
    JsonMapper mapper = freshMapper();
    Class<?> read = Class.forName(type);

    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(() -> mapper.readValue(json, read));

    assertThat(thrown).isInstanceOf(tools.jackson.databind.exc.MismatchedInputException.class);
    assertThat(((tools.jackson.core.JacksonException) thrown).getOriginalMessage())
        .isEqualTo(message);
  }
}
