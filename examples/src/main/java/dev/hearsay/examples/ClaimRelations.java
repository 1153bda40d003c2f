package dev.hearsay.examples;

import static dev.hearsay.examples.KurskReport.ALTERED_DYNAMICS;
import static dev.hearsay.examples.KurskReport.ARMS_VALUE;
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

/** The relations between the worked report's claims: support, tension, elaboration. */
final class ClaimRelations {
  private ClaimRelations() {}

  /** How the report's claims bear on one another. */
  static List<Relation> relations() {
    return List.of(
        relation(NOT_IN_COMBAT, RelationKind.CONTRADICTS, DE_FACTO,
            "The journalists say the forces have not yet fought; Yermak says North Korea takes"
                + " part in the war in fact. Participation need not mean combat, and the two"
                + " were said at different times, so this is a tension rather than a strict"
                + " contradiction."),
        relation(NOT_IN_COMBAT, RelationKind.CONTRADICTS, TRUCKS,
            "Trucks with North Korean troops at the front lines by October 28 sit badly with"
                + " \"not yet engaged in combat\", though reaching the front is not fighting and"
                + " the journalists may have written earlier."),
        relation(EXPECTED_IN_COUNTEROFFENSIVE, RelationKind.ELABORATES, SET_TO_JOIN,
            "The NYT's quoted passage adds the aim of the counteroffensive."),
        relation(ROLE_UNCLEAR, RelationKind.DERIVED_FROM, NOT_IN_COMBAT,
            "\"So\": the unclear role is concluded from their not having fought."),
        relation(WINTER_PUSH, RelationKind.ELABORATES, REDEPLOYMENT,
            "What the redeployment enables."),
        relation(REVENUES, RelationKind.ELABORATES, ARMS_VALUE, null),
        relation(MILITARY_INCOME, RelationKind.ELABORATES, REVENUES, null),
        relation(REGIME_STABILITY, RelationKind.SUPPORTS, TROOP_CEILING,
            "Given as the reason (\"as\") for the ceiling."),
        relation(IN_COMBAT_ZONES, RelationKind.ELABORATES, DEPLOYMENT_EXPECTED,
            "The expected date of the deployment Zelensky discussed."),
        relation(TRUCKS, RelationKind.SUPPORTS, IN_COMBAT_ZONES,
            "Troops at the front by October 28 fit the expectation for October 27-28."),
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
