package dev.hearsay.core.corpus;

import dev.hearsay.core.model.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Many datasets read as one body of evidence: each under its own {@link DatasetId}, so that ids
 * never clash, and one {@link Links} document that says which entities are one, how claims of
 * different datasets bear on each other, and which events are one. Identity is resolved once, when
 * the corpus is built ({@link #identities()}); {@link CorpusIndex} answers questions across the
 * datasets.
 *
 * <pre>{@code
 * Corpus corpus = new Corpus.Builder()
 *     .add("kursk", kursk)
 *     .add("ooda", ooda)
 *     .links(links)
 *     .build();
 * }</pre>
 *
 * <p>Building a corpus checks every rule at once (see {@link Builder#build()}) and either returns
 * a whole corpus or throws a {@link CorpusValidationException} with every violation, each naming
 * its document and the path inside it. Each dataset is whole and valid already.
 *
 * <p>A corpus is a value: equal to another that holds equal datasets under the same ids, in the
 * same order, and equal links.
 */
public final class Corpus {
  private final Map<DatasetId, Dataset> datasets;
  private final Links links;
  private final Identities identities;

  private Corpus(Map<DatasetId, Dataset> datasets, Links links, Identities identities) {
    this.datasets = datasets;
    this.links = links;
    this.identities = identities;
  }

  /**
   * The datasets under their ids.
   *
   * @return an unmodifiable map in the order the datasets were added
   */
  public Map<DatasetId, Dataset> datasets() {
    return datasets;
  }

  /**
   * The dataset with the given id.
   *
   * @param id the id
   * @return the dataset, or empty when the corpus has none under that id
   */
  public Optional<Dataset> dataset(DatasetId id) {
    return Optional.ofNullable(datasets.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * What the corpus's curator says across datasets.
   *
   * @return the links; {@link Links#none()} unless set
   */
  public Links links() {
    return links;
  }

  /**
   * Which entities are one, resolved when the corpus was built.
   *
   * @return the identities
   */
  public Identities identities() {
    return identities;
  }

  /**
   * A builder with this corpus's datasets and links, to add to them.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    datasets.forEach(builder::add);
    return builder.links(links);
  }

  /**
   * Whether the other is a corpus of equal datasets under the same ids, in the same order, and
   * equal links. The order counts: it decides which entity stands for a group and the order of
   * every answer. Identities are not compared: equal datasets and links resolve to the same ones.
   *
   * @param o the other object
   * @return true when both hold the same datasets in the same order and the same links
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Corpus other
        && List.copyOf(datasets.keySet()).equals(List.copyOf(other.datasets.keySet()))
        && links.equals(other.links)
        && datasets.equals(other.datasets);
  }

  @Override
  public int hashCode() {
    return 31 * datasets.hashCode() + links.hashCode();
  }

  @Override
  public String toString() {
    return "Corpus"
        + datasets.keySet()
        + " with "
        + links.identities().size()
        + " identity statements, "
        + links.claims().size()
        + " claim links and "
        + links.events().size()
        + " event links";
  }

  /**
   * Builds a {@link Corpus}.
   *
   * <p>Required: at least nothing; a corpus may be empty. Optional: datasets, each under an id
   * ({@code add}, in order), and the links ({@link Links#none()} unless set, set once).
   */
  public static final class Builder {
    private final List<DatasetId> ids = new ArrayList<>();
    private final List<Dataset> datasets = new ArrayList<>();
    private Links links;
    private int maxViolations = Dataset.DEFAULT_MAX_VIOLATIONS;
    private Map<EntityRef, String> resolvedGroups;
    private Set<EntityRef> resolvedUnresolved;

    /** Starts with no dataset and no links. */
    public Builder() {}

    /**
     * Adds a dataset under an id. Adding a second dataset under one id is a violation that
     * {@link #build()} reports with the others.
     *
     * @param id the id under which links name the dataset
     * @param dataset the dataset
     * @return this builder
     * @throws NullPointerException when a part is null
     */
    public Builder add(DatasetId id, Dataset dataset) {
      ids.add(Objects.requireNonNull(id, "id"));
      datasets.add(Objects.requireNonNull(dataset, "dataset"));
      return this;
    }

    /**
     * Adds a dataset under the id with the given text.
     *
     * @param id the id's text
     * @param dataset the dataset
     * @return this builder
     * @throws dev.hearsay.core.model.ValueCheckException when the id is not valid
     * @throws NullPointerException when the dataset is null
     */
    public Builder add(String id, Dataset dataset) {
      return add(DatasetId.of(id), dataset);
    }

    /**
     * Sets the links.
     *
     * @param links the links document
     * @return this builder
     * @throws IllegalStateException when the links are set already
     * @throws NullPointerException when the links are null
     */
    public Builder links(Links links) {
      if (this.links != null) {
        throw new IllegalStateException("Corpus.Builder.links: is set already");
      }
      this.links = Objects.requireNonNull(links, "links");
      return this;
    }

    /**
     * Sets how many violations {@link #build()} and {@link #tryBuild()} keep; the rest are
     * counted.
     *
     * @param max the most violations kept, at least 1; {@link Dataset#DEFAULT_MAX_VIOLATIONS}
     *     unless set
     * @return this builder
     * @throws IllegalArgumentException when {@code max} is below 1
     */
    public Builder maxViolations(int max) {
      if (max < 1) {
        throw new IllegalArgumentException(
            "maxViolations: must be at least 1, so that a broken"
                + " rule is always shown; was "
                + max);
      }
      this.maxViolations = max;
      return this;
    }

    /**
     * Makes the corpus a part of a larger one whose identity was resolved over all of its
     * datasets, as a distributed job resolves it: entities under one group key are one, beside
     * what this part's own {@code same} statements and shared identifiers make one (such as two
     * actors made one through a third dataset that the part leaves out), and the {@linkplain
     * Identities#unresolved() unresolved} actors are those given, not those that the part alone
     * would leave unresolved. Every rule of {@link #build()} still runs on the part, the merges by
     * group key included: two ids of one dataset under one key are a violation
     * ({@code SAME_WITHIN_DATASET}). Set once.
     *
     * @param groups the group key of entities of the part that the larger corpus merged with
     *     others; entities without a key are merged only by the part itself
     * @param unresolved the part's entities that the larger corpus leaves unresolved
     * @return this builder
     * @throws IllegalStateException when set already
     * @throws NullPointerException when a part, a key or an entity is null
     */
    public Builder resolvedIdentity(Map<EntityRef, String> groups, Set<EntityRef> unresolved) {
      if (resolvedGroups != null) {
        throw new IllegalStateException("Corpus.Builder.resolvedIdentity: is set already");
      }
      this.resolvedUnresolved = Set.copyOf(unresolved);
      this.resolvedGroups = Map.copyOf(groups);
      return this;
    }

    /**
     * Builds the corpus, checking every rule at once:
     *
     * <ul>
     *   <li>no two datasets under one id ({@code DUPLICATE_ID}, in the corpus's
     *       {@code datasets[i].id});
     *   <li>links that declare schema 1.1 or later ({@code NOT_IN_VERSION});
     *   <li>no two values of one dataset with one identifier ({@code SHARED_IDENTIFIER}, in the
     *       dataset);
     *   <li>every dataset, actor, source, place, claim and event that the links name exists
     *       ({@code UNKNOWN_REFERENCE}, with the path in the links);
     *   <li>an identity statement relates two values of one kind ({@code KIND_MISMATCH}), not an
     *       entity to itself ({@code SELF_IDENTITY}), and says {@code SAME} or {@code
     *       POSSIBLY_SAME} only of entities of two datasets ({@code SAME_WITHIN_DATASET});
     *   <li>no two statements on one pair disagree, and no {@code POSSIBLY_SAME} statement is on
     *       entities that {@code SAME} statements and shared identifiers make one ({@code
     *       CONFLICTING_STATEMENTS});
     *   <li>no two entities said {@code DISTINCT} end up one through {@code SAME} statements and
     *       shared identifiers ({@code DISTINCT_MERGED}), and no two ids of one dataset do
     *       ({@code SAME_WITHIN_DATASET}); the message names both datasets and what merges them;
     *   <li>no claim link from a claim to itself ({@code SELF_RELATION}), no event link from an
     *       event to itself ({@code SELF_IDENTITY});
     *   <li>{@code derived_from} and {@code updates} form no cycle through the datasets'
     *       relations and the links ({@code RELATION_CYCLE}).
     * </ul>
     *
     * <p>Cost: linear in the size of the datasets' entities, identifiers and relations and of the
     * links.
     *
     * @return the corpus
     * @throws CorpusValidationException when the corpus breaks one or more rules
     */
    public Corpus build() {
      Links chosen = links == null ? Links.none() : links;
      CorpusRules rules = new CorpusRules(ids, datasets, chosen, maxViolations);
      if (resolvedGroups != null) {
        rules.resolvedOver(resolvedGroups, resolvedUnresolved);
      }
      Identities identities = rules.check();
      Map<DatasetId, Dataset> map = new LinkedHashMap<>(ids.size() * 4 / 3 + 1);
      for (int i = 0; i < ids.size(); i++) {
        map.put(ids.get(i), datasets.get(i));
      }
      return new Corpus(Collections.unmodifiableMap(map), chosen, identities);
    }

    /** Checks the rules as {@link #build()} does and returns the steps taken, for tests. */
    long countSteps() {
      CorpusRules rules =
          new CorpusRules(ids, datasets, links == null ? Links.none() : links, maxViolations);
      rules.check();
      return rules.steps();
    }

    /**
     * Builds the corpus, or returns its violations without throwing.
     *
     * @return the corpus, or the first violations up to the limit and how many there are
     */
    public ValidatedCorpus tryBuild() {
      try {
        return ValidatedCorpus.valid(build());
      } catch (CorpusValidationException e) {
        return ValidatedCorpus.invalid(e);
      }
    }
  }
}
