package dev.hearsay.examples;

import static dev.hearsay.examples.KurskReport.ALTERED_DYNAMICS;
import static dev.hearsay.examples.KurskReport.ARMS_VALUE;
import static dev.hearsay.examples.KurskReport.ARRIVED;
import static dev.hearsay.examples.KurskReport.DEPLOYMENT_EXPECTED;
import static dev.hearsay.examples.KurskReport.DE_FACTO;
import static dev.hearsay.examples.KurskReport.EXPECTED_IN_COUNTEROFFENSIVE;
import static dev.hearsay.examples.KurskReport.IN_COMBAT_ZONES;
import static dev.hearsay.examples.KurskReport.MILITARY_INCOME;
import static dev.hearsay.examples.KurskReport.NOT_IN_COMBAT;
import static dev.hearsay.examples.KurskReport.REDEPLOYMENT;
import static dev.hearsay.examples.KurskReport.REGIME_STABILITY;
import static dev.hearsay.examples.KurskReport.REVENUES;
import static dev.hearsay.examples.KurskReport.ROLE_UNCLEAR;
import static dev.hearsay.examples.KurskReport.SET_TO_JOIN;
import static dev.hearsay.examples.KurskReport.TROOP_CEILING;
import static dev.hearsay.examples.KurskReport.TRUCKS;
import static dev.hearsay.examples.KurskReport.WINTER_PUSH;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import java.util.List;

/** The relations between the worked report's claims: support, later news, elaboration. */
final class ClaimRelations {
  private ClaimRelations() {}

  /** How the report's claims bear on one another. */
  static List<Relation> relations() {
    return List.of(
        relation(
            DE_FACTO,
            RelationKind.UPDATES,
            NOT_IN_COMBAT,
            "Later news on North Korea's part in the fighting: the journalists say the forces have"
                + " not yet engaged in combat; on October 27 Yermak says North Korea takes part in"
                + " the war in fact. Participation need not mean combat, so both can be true."),
        relation(
            TRUCKS,
            RelationKind.UPDATES,
            NOT_IN_COMBAT,
            "Later news: by October 28 the first trucks reportedly reached the front lines."
                + " Reaching the front is not fighting, so both can be true."),
        relation(
            EXPECTED_IN_COUNTEROFFENSIVE,
            RelationKind.ELABORATES,
            SET_TO_JOIN,
            "The NYT's quoted passage adds the aim of the counteroffensive."),
        relation(
            ROLE_UNCLEAR,
            RelationKind.DERIVED_FROM,
            NOT_IN_COMBAT,
            "\"So\": the unclear role is concluded from their not having fought."),
        relation(
            WINTER_PUSH, RelationKind.ELABORATES, REDEPLOYMENT, "What the redeployment enables."),
        relation(REVENUES, RelationKind.ELABORATES, ARMS_VALUE, null),
        relation(MILITARY_INCOME, RelationKind.ELABORATES, REVENUES, null),
        relation(
            REGIME_STABILITY,
            RelationKind.UNDERMINES,
            TROOP_CEILING,
            "Given as the reason (\"as\") for the ceiling: a risk to the regime makes sending more"
                + " than 20,000 less likely, without ruling it out."),
        relation(
            IN_COMBAT_ZONES,
            RelationKind.ELABORATES,
            DEPLOYMENT_EXPECTED,
            "The expected date of the deployment Zelensky discussed."),
        relation(
            TRUCKS,
            RelationKind.SUPPORTS,
            IN_COMBAT_ZONES,
            "Troops at the front by October 28 fit the expectation for October 27-28."),
        relation(
            DEPLOYMENT_EXPECTED,
            RelationKind.SUPPORTS,
            SET_TO_JOIN,
            "Zelensky expects Russia to send North Korean troops into battle, as the officials"
                + " say they are set to join Russian troops."),
        relation(
            IN_COMBAT_ZONES,
            RelationKind.SUPPORTS,
            SET_TO_JOIN,
            "Combat involvement by October 27-28 is the joining the officials announce."),
        relation(
            TRUCKS,
            RelationKind.SUPPORTS,
            ARRIVED,
            "Trucks with North Korean troops at the front lines in the Kursk region means troops"
                + " are in the region."),
        relation(ALTERED_DYNAMICS, RelationKind.ELABORATES, DE_FACTO, null));
  }

  private static Relation relation(ClaimId from, RelationKind kind, ClaimId to, String note) {
    Relation.Builder relation = new Relation.Builder().from(from).kind(kind).to(to);
    if (note != null) {
      relation.note(note);
    }
    return relation.build();
  }
}
