package dev.hearsay.examples.render;

import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;

/**
 * Relations between claims as a person reads them: whole ({@code c-a supports c-b}), or from the
 * side of one of the two claims, in the active voice from the claim the relation starts at
 * ({@code supports c-b}) and in the passive from the claim it ends at ({@code supported by c-a}).
 */
public final class RelationWords {
  private RelationWords() {}

  /** The relation as a sentence: {@code c-a derived from c-b}. */
  static String of(Relation relation) {
    return relation.from() + " " + active(relation.kind()) + " " + relation.to();
  }

  /**
   * The relation from the side of one of its claims: {@code contradicts c-b} from {@code c-a},
   * {@code contradicted by c-a} from {@code c-b}.
   */
  static String from(ClaimId side, Relation relation) {
    return relation.from().equals(side)
        ? active(relation.kind()) + " " + relation.to()
        : passive(relation.kind()) + " " + relation.from();
  }

  /** The verb from the claim the relation starts at. */
  static String active(RelationKind kind) {
    return switch (kind) {
      case SUPPORTS -> "supports";
      case CONTRADICTS -> "contradicts";
      case UNDERMINES -> "undermines";
      case ELABORATES -> "elaborates";
      case UPDATES -> "updates";
      case DUPLICATES -> "duplicates";
      case DERIVED_FROM -> "derived from";
    };
  }

  /** The verb from the claim the relation ends at. */
  static String passive(RelationKind kind) {
    return switch (kind) {
      case SUPPORTS -> "supported by";
      case CONTRADICTS -> "contradicted by";
      case UNDERMINES -> "undermined by";
      case ELABORATES -> "elaborated by";
      case UPDATES -> "updated by";
      case DUPLICATES -> "duplicated by";
      case DERIVED_FROM -> "drawn on by";
    };
  }
}
