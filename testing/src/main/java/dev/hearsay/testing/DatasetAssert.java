package dev.hearsay.testing;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.ClaimId;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Relation;
import dev.hearsay.core.model.RelationKind;
import java.util.List;
import java.util.Optional;

/**
 * Assertions on a dataset, such as the one an extraction made of a text: equality with a diff
 * that names the first differing path, counts, and the way into one claim.
 *
 * <pre>{@code
 * assertThat(extracted).isEqualTo(expected);
 * // claims[c-trucks].attribution[0][1].actor: expected "nyt" but was "wsj"
 * assertThat(extracted).claim("c-trucks").isAttributedTo("nyt");
 * }</pre>
 */
public final class DatasetAssert extends PathAssert<DatasetAssert, Dataset> {
  /**
   * Assertions on a dataset.
   *
   * @param actual the dataset under test
   */
  public DatasetAssert(Dataset actual) {
    super(actual, DatasetAssert.class, DiffPath.ROOT);
  }

  /**
   * The differences from an expected dataset, first to last, as {@link DatasetDiff} finds them.
   */
  @Override
  Optional<String> differences(Object expected) {
    return expected instanceof Dataset dataset
        ? Optional.of(DiffMessages.of(DatasetDiff.between(dataset, actual), "datasets"))
        : Optional.empty();
  }

  /**
   * Checks how many claims the dataset has.
   *
   * @param count the number of claims
   * @return this
   */
  public DatasetAssert hasClaimCount(int count) {
    isNotNull();
    if (actual.claims().size() != count) {
      fail(
          path.field("claims"),
          count + " claims",
          actual.claims().size() + " " + ids(actual.claims().stream().map(Claim::id).toList()));
    }
    return this;
  }

  /**
   * Checks that the dataset has an actor of the id.
   *
   * @param id the actor's id
   * @return this
   */
  public DatasetAssert hasActor(String id) {
    isNotNull();
    if (actual.actors().stream().noneMatch(a -> a.id().value().equals(id))) {
      fail(
          path.field("actors"),
          "an actor " + ValueText.of(id),
          ids(actual.actors().stream().map(Actor::id).toList()));
    }
    return this;
  }

  /**
   * Checks that the dataset relates two claims.
   *
   * @param from the id of the claim the relation starts from
   * @param kind the kind of relation
   * @param to the id of the claim it points to
   * @return this
   */
  public DatasetAssert hasRelation(String from, RelationKind kind, String to) {
    isNotNull();
    boolean found =
        actual.relations().stream()
            .anyMatch(
                r ->
                    r.kind() == kind && r.from().value().equals(from) && r.to().value().equals(to));
    if (!found) {
      fail(
          path.field("relations"),
          ValueText.of(from) + " " + kind + " " + ValueText.of(to),
          actual.relations().stream().map(DatasetAssert::relation).toList().toString());
    }
    return this;
  }

  /**
   * Assertions on the claim of the id.
   *
   * @param id the claim's id
   * @return assertions whose failures name paths from {@code claims[id]}
   */
  public ClaimAssert claim(String id) {
    isNotNull();
    Optional<Claim> claim = actual.claim(ClaimId.of(id));
    if (claim.isEmpty()) {
      fail(
          DiffPath.claim(id),
          "a claim",
          ValueText.ABSENT
              + "; the claims are "
              + ids(actual.claims().stream().map(Claim::id).toList()));
    }
    return new ClaimAssert(claim.orElseThrow(), DiffPath.claim(id));
  }

  private static String ids(List<?> ids) {
    return ValueText.of(ids);
  }

  private static String relation(Relation r) {
    return ValueText.of(r.from()) + " " + r.kind() + " " + ValueText.of(r.to());
  }
}
