package dev.hearsay.examples;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.PlaceId;
import java.util.List;

/** The actors and places of the worked report, with their ids. */
final class ReportActors {
  // Actors.
  static final ActorId OUTLET = ActorId.of("unnamed-outlet");
  static final ActorId NYT = ActorId.of("nyt");
  static final ActorId NYT_JOURNALISTS = ActorId.of("nyt-journalists");
  static final ActorId UKRAINIAN_OFFICIALS = ActorId.of("ukrainian-officials");
  static final ActorId AMERICAN_OFFICIALS = ActorId.of("american-officials");
  static final ActorId BILD = ActorId.of("bild");
  static final ActorId GUSEINOVA = ActorId.of("elena-guseinova");
  static final ActorId HANKUK_UNIVERSITY = ActorId.of("hankuk-university");
  static final ActorId ZELENSKY = ActorId.of("volodymyr-zelensky");
  static final ActorId YERMAK = ActorId.of("andriy-yermak");
  static final ActorId OFFICE_OF_THE_PRESIDENT = ActorId.of("office-of-the-president");
  static final ActorId UNNAMED_SOURCES = ActorId.of("unnamed-sources");
  static final ActorId NORTH_KOREA = ActorId.of("north-korea");
  static final ActorId RUSSIA = ActorId.of("russia");
  static final ActorId UKRAINE = ActorId.of("ukraine");
  static final ActorId NORTH_KOREAN_TROOPS = ActorId.of("north-korean-troops");
  static final ActorId NORTH_KOREAN_MILITARY = ActorId.of("north-korean-military");
  static final ActorId RUSSIAN_TROOPS = ActorId.of("russian-troops");
  static final ActorId UKRAINIAN_FORCES = ActorId.of("ukrainian-forces");
  static final ActorId KIM_JONG_UN = ActorId.of("kim-jong-un");
  static final ActorId PUTIN = ActorId.of("vladimir-putin");

  // Places.
  static final PlaceId KURSK_REGION = PlaceId.of("kursk-region");
  static final PlaceId EASTERN_UKRAINE = PlaceId.of("eastern-ukraine");
  static final PlaceId UKRAINE_PLACE = PlaceId.of("ukraine");
  static final PlaceId RUSSIA_PLACE = PlaceId.of("russia");

  private ReportActors() {}

  /** The report's actors: who speaks, who is spoken of. */
  static List<Actor> actors() {
    return List.of(
        actor(OUTLET, "Unnamed outlet", ActorKind.UNKNOWN)
            .description("The publisher of the report; the text does not name it.")
            .build(),
        actor(NYT, "The New York Times", ActorKind.MEDIA_OUTLET).addAliases("NYT").build(),
        actor(NYT_JOURNALISTS, "The New York Times journalists", ActorKind.GROUP)
            .anonymous(true)
            .description("The report's \"journalists\"; that they are the NYT's is inferred.")
            .addAffiliations(
                new Affiliation.Builder().organization(NYT).role("journalists").build())
            .build(),
        actor(UKRAINIAN_OFFICIALS, "Ukrainian officials", ActorKind.GROUP).anonymous(true).build(),
        actor(AMERICAN_OFFICIALS, "American officials", ActorKind.GROUP).anonymous(true).build(),
        actor(BILD, "BILD", ActorKind.MEDIA_OUTLET).description("A German newspaper.").build(),
        actor(GUSEINOVA, "Elena Guseinova", ActorKind.PERSON)
            .addAffiliations(
                new Affiliation.Builder().organization(HANKUK_UNIVERSITY).role("analyst").build())
            .build(),
        actor(HANKUK_UNIVERSITY, "Hankuk University", ActorKind.ORGANIZATION)
            .description("A university in Seoul.")
            .build(),
        actor(ZELENSKY, "Volodymyr Zelensky", ActorKind.PERSON)
            .addAffiliations(
                new Affiliation.Builder().organization(UKRAINE).role("Ukrainian President").build())
            .build(),
        actor(YERMAK, "Andriy Yermak", ActorKind.PERSON)
            .addAffiliations(
                new Affiliation.Builder()
                    .organization(OFFICE_OF_THE_PRESIDENT)
                    .role("head of the Office of the President")
                    .build())
            .build(),
        actor(
                OFFICE_OF_THE_PRESIDENT,
                "Office of the President of Ukraine",
                ActorKind.GOVERNMENT_BODY)
            .addAliases("Office of the President")
            .build(),
        actor(UNNAMED_SOURCES, "Unnamed sources", ActorKind.UNKNOWN)
            .anonymous(true)
            .description("Whoever the report's \"reportedly\" relies on; the text names no one.")
            .build(),
        actor(NORTH_KOREA, "North Korea", ActorKind.STATE).addAliases("DPRK", "the regime").build(),
        actor(RUSSIA, "Russia", ActorKind.STATE).addAliases("the Kremlin", "Moscow").build(),
        actor(UKRAINE, "Ukraine", ActorKind.STATE).build(),
        actor(NORTH_KOREAN_TROOPS, "North Korean soldiers", ActorKind.GROUP)
            .addAliases("North Korean troops", "DPRK forces", "DPRK soldiers")
            .build(),
        actor(NORTH_KOREAN_MILITARY, "North Korea's military apparatus", ActorKind.GOVERNMENT_BODY)
            .build(),
        actor(RUSSIAN_TROOPS, "Russian troops", ActorKind.GROUP).build(),
        actor(UKRAINIAN_FORCES, "Ukrainian forces", ActorKind.GROUP).build(),
        actor(KIM_JONG_UN, "Kim Jong Un", ActorKind.PERSON).build(),
        actor(PUTIN, "Vladimir Putin", ActorKind.PERSON)
            .addAliases("Putin")
            .description("President of Russia; the report names him only as \"Putin\".")
            .build());
  }

  private static Actor.Builder actor(ActorId id, String name, ActorKind kind) {
    return new Actor.Builder().id(id).name(name).kind(kind);
  }

  /** The places that the report names and its claims or events are about. */
  static List<Place> places() {
    return List.of(
        new Place.Builder().id(KURSK_REGION).name("Kursk region").isoCode("RU-KRS").build(),
        new Place.Builder().id(EASTERN_UKRAINE).name("eastern Ukraine").build(),
        new Place.Builder().id(UKRAINE_PLACE).name("Ukraine").isoCode("UA").build(),
        new Place.Builder().id(RUSSIA_PLACE).name("Russia").isoCode("RU").build());
  }
}
