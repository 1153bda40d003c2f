package dev.hearsay.benchmarks.workload;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.corpus.DatasetId;
import dev.hearsay.core.corpus.Links;
import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Affiliation;
import dev.hearsay.core.model.Chain;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.Hop;
import dev.hearsay.core.model.Identifier;
import dev.hearsay.core.model.Place;
import dev.hearsay.core.model.Source;
import dev.hearsay.core.model.SourceId;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The claims of a {@link Workload} read as a corpus of many small reports, and the same claims as
 * one dataset, so that a corpus can be measured beside the single-dataset index on equal claims.
 *
 * <p><b>Datasets.</b> {@code N} claims make {@code N / 100} datasets (1e6 claims, 10,000
 * datasets), dataset {@code r<d>} holding claims {@code 100d} to {@code 100d + 99} in the
 * workload's order, which is the order of time: a report of a hundred claims about a few days.
 * Each holds the actors, sources and places its claims and events name (sources cited by its
 * sources, their publishers and authors, and the organizations its actors are affiliated with
 * included), under the workload's ids; the same id in two datasets is two entities until the
 * links or an identifier say otherwise. Its events are the workload's events of its claims (an
 * event's claims never leave their block of twenty); its relations are the workload's relations
 * between two of its claims.
 *
 * <p><b>Identity</b>, decided per entity from the seed, as a curator would record it:
 *
 * <ul>
 *   <li>media outlets: 80% carry a Wikidata-like item ({@code Q} and a number), so that every copy
 *       is one entity by its identifier; the other 20% are joined by {@code same} statements, each
 *       copy to the previous dataset's copy. Outlets are few and relayed everywhere, and the
 *       large ones all have an item;
 *   <li>government bodies, organizations and states: 60% an item, 30% {@code same} statements,
 *       10% left alone (a curator has not got to them: each report's copy is its own entity);
 *   <li>named persons: 25% an item, 45% {@code same} statements, 30% left alone, as most people
 *       quoted in the news have no item and many are never reconciled;
 *   <li>anonymous groups ("officials who asked not to be named"): never an item nor {@code same};
 *       where a claim duplicates another, the first anonymous voice of each is {@code
 *       possibly_same} as the other's with probability 60%, as a curator reading two reports of
 *       one story would say (a claim with an anonymous voice duplicates, where it can, one with
 *       an anonymous voice too: such stories are retold by reports that rest on officials of
 *       their own); one time in four, a group is also {@code distinct} from the group its new
 *       partner was last said possibly the same as, as when a report says its officials are not
 *       the ones another quoted. These make party counts intervals, some with a {@code
 *       distinct} pair inside a component; groups named by no statement stay unresolved;
 *   <li>sources: those with a locator (70%) carry it as a {@code url} identifier, so that two
 *       reports citing one article meet there; half of the rest are joined by {@code same}
 *       statements; places all carry an item.
 * </ul>
 *
 * <p><b>Claims across reports.</b> A claim {@code duplicates} a claim of one of the eight
 * previous datasets with probability 25%, which makes clusters of the same story told by several
 * reports, mostly of two to five claims; with probability 1% it {@code supports}, and 0.5% {@code
 * contradicts}, a claim of an earlier dataset. The workload's relations between two claims of two
 * datasets (it relates each of three claims in a hundred to one of the 200 before it) become claim
 * links of the same kind, always to an earlier claim, so that none forms a cycle.
 *
 * <p>Everything depends on the seed and each element's position only.
 */
public final class CorpusWorkload {
  /** Claims per dataset. */
  public static final int CLAIMS_PER_DATASET = 100;

  /** How an entity's copies in several datasets are joined. */
  enum Linking {
    IDENTIFIER,
    SAME,
    NONE,
    STORY
  }

  private final Workload workload;
  private final long seed;
  private final int claimCount;
  private final int datasetCount;
  private final DatasetId[] datasetIds;
  private final List<Actor> actors = new ArrayList<>();
  private final Linking[] actorLinking;
  private final List<Source> sources = new ArrayList<>();
  private final Linking[] sourceLinking;
  private final List<Place> places = new ArrayList<>();

  private CorpusWorkload(int claimCount, long seed) {
    if (claimCount < CLAIMS_PER_DATASET || claimCount % CLAIMS_PER_DATASET != 0) {
      throw new IllegalArgumentException(
          "CorpusWorkload: needs a positive multiple of "
              + CLAIMS_PER_DATASET
              + " claims, not "
              + claimCount);
    }
    this.workload = Workload.of(claimCount, seed);
    this.seed = seed;
    this.claimCount = claimCount;
    this.datasetCount = claimCount / CLAIMS_PER_DATASET;
    this.datasetIds = new DatasetId[datasetCount];
    for (int d = 0; d < datasetCount; d++) {
      datasetIds[d] = datasetId(d);
    }
    List<Actor> plainActors = workload.actors();
    actorLinking = new Linking[plainActors.size()];
    for (int a = 0; a < plainActors.size(); a++) {
      Actor actor = plainActors.get(a);
      actorLinking[a] = linking(actor, random(a, 11).nextInt(100));
      actors.add(
          actorLinking[a] == Linking.IDENTIFIER
              ? actor.withIdentifiers(item(1_000_000 + a))
              : actor);
    }
    List<Source> plainSources = workload.sources();
    sourceLinking = new Linking[plainSources.size()];
    for (int s = 0; s < plainSources.size(); s++) {
      Source source = plainSources.get(s);
      if (source.locator().isPresent()) {
        sourceLinking[s] = Linking.IDENTIFIER;
        sources.add(source.withIdentifiers(Identifier.url(source.locator().get().toString())));
      } else {
        sourceLinking[s] = random(s, 12).nextBoolean() ? Linking.SAME : Linking.NONE;
        sources.add(source);
      }
    }
    List<Place> plainPlaces = workload.places();
    for (int p = 0; p < plainPlaces.size(); p++) {
      places.add(plainPlaces.get(p).withIdentifiers(item(900_000 + p)));
    }
  }

  /**
   * The corpus of the given number of claims from the published seed.
   *
   * @param claims the number of claims, a positive multiple of {@value #CLAIMS_PER_DATASET}
   * @return the workload
   */
  public static CorpusWorkload of(int claims) {
    return new CorpusWorkload(claims, Workload.SEED);
  }

  /**
   * The corpus of the given number of claims from a seed.
   *
   * @param claims the number of claims, a positive multiple of {@value #CLAIMS_PER_DATASET}
   * @param seed the seed
   * @return the workload
   */
  public static CorpusWorkload of(int claims, long seed) {
    return new CorpusWorkload(claims, seed);
  }

  /**
   * The number of claims.
   *
   * @return the number
   */
  public int claimCount() {
    return claimCount;
  }

  /**
   * The number of datasets, one per {@value #CLAIMS_PER_DATASET} claims.
   *
   * @return the number
   */
  public int datasetCount() {
    return datasetCount;
  }

  /**
   * The id of the dataset at a position.
   *
   * @param index the position, from 0
   * @return the id, {@code r} and the position
   */
  public static DatasetId datasetId(int index) {
    return DatasetId.of("r" + index);
  }

  /**
   * Every claim in one dataset, with every actor, place and source (identifiers included), event
   * and relation of the workload: the corpus's claims without its division into reports.
   *
   * @return the dataset, built and so validated
   */
  public Dataset single() {
    Dataset.Builder builder =
        new Dataset.Builder()
            .metadata(workload.metadata())
            .addAllActors(actors)
            .addAllPlaces(places)
            .addAllSources(sources);
    for (int i = 0; i < claimCount; i++) {
      builder.addClaim(workload.claim(i));
    }
    for (int e = 0; e < workload.eventCount(); e++) {
      builder.addEvent(workload.event(e));
    }
    for (int i = 0; i < claimCount; i++) {
      workload.relationFrom(i).ifPresent(builder::addRelation);
    }
    return builder.build();
  }

  /**
   * A builder with every dataset added and the links set, to build the corpus.
   *
   * @return the builder
   */
  public Corpus.Builder builder() {
    Map<DatasetId, Dataset> datasets = datasets();
    Corpus.Builder builder = new Corpus.Builder();
    datasets.forEach(builder::add);
    return builder.links(links(List.copyOf(datasets.values())));
  }

  /**
   * The corpus, built and so checked.
   *
   * @return the corpus
   */
  public Corpus corpus() {
    return builder().build();
  }

  /**
   * The datasets, in order.
   *
   * @return the datasets under their ids
   */
  public Map<DatasetId, Dataset> datasets() {
    Map<DatasetId, Dataset> datasets = new LinkedHashMap<>(datasetCount * 4 / 3 + 1);
    for (int d = 0; d < datasetCount; d++) {
      datasets.put(datasetIds[d], dataset(d));
    }
    return datasets;
  }

  /**
   * The dataset at a position: its block of claims and what they name.
   *
   * @param index the position, from 0
   * @return the dataset, built and so validated
   */
  public Dataset dataset(int index) {
    int first = index * CLAIMS_PER_DATASET;
    int end = first + CLAIMS_PER_DATASET;
    BitSet actorSet = new BitSet();
    BitSet sourceSet = new BitSet();
    Dataset.Builder builder =
        new Dataset.Builder()
            .metadata(
                new DatasetMetadata.Builder()
                    .title("Synthetic report " + index + " of " + datasetCount)
                    .addCurators("Hearsay benchmarks")
                    .created(LocalDate.of(2024, 10, 29))
                    .license("CC0-1.0")
                    .build())
            .addAllPlaces(places);
    for (int i = first; i < end; i++) {
      Claim claim = workload.claim(i);
      for (Chain chain : claim.attribution()) {
        for (Hop hop : chain.hops()) {
          actorSet.set(number(hop.actor().value()));
          hop.source().ifPresent(s -> sourceSet.set(number(s.value())));
        }
      }
      claim.actors().forEach(a -> actorSet.set(number(a.value())));
      claim.quote().ifPresent(q -> sourceSet.set(number(q.source().value())));
      builder.addClaim(claim);
    }
    for (int e = first / Workload.CLAIMS_PER_EVENT; e < end / Workload.CLAIMS_PER_EVENT; e++) {
      Event event = workload.event(e);
      event.participants().forEach(a -> actorSet.set(number(a.value())));
      builder.addEvent(event);
    }
    for (int i = first; i < end; i++) {
      workload
          .relationFrom(i)
          .filter(r -> number(r.to().value()) >= first)
          .ifPresent(builder::addRelation);
    }
    Deque<Integer> cited = new ArrayDeque<>();
    sourceSet.stream().forEach(cited::add);
    while (!cited.isEmpty()) {
      Source source = sources.get(cited.pop());
      for (SourceId cite : source.cites()) {
        int s = number(cite.value());
        if (!sourceSet.get(s)) {
          sourceSet.set(s);
          cited.push(s);
        }
      }
      source.publisher().ifPresent(a -> actorSet.set(number(a.value())));
      source.authors().forEach(a -> actorSet.set(number(a.value())));
    }
    for (int a : actorSet.stream().toArray()) {
      for (Affiliation affiliation : actors.get(a).affiliations()) {
        actorSet.set(number(affiliation.organization().value()));
      }
    }
    actorSet.stream().forEach(a -> builder.addActor(actors.get(a)));
    sourceSet.stream().forEach(s -> builder.addSource(sources.get(s)));
    return builder.build();
  }

  /**
   * The links document: identity statements between the datasets' copies of one actor or source,
   * as each entity's linking says, and the claim links across datasets.
   *
   * @return the links
   */
  public Links links() {
    return links(List.copyOf(datasets().values()));
  }

  private Links links(List<Dataset> datasets) {
    Links.Builder links = new Links.Builder();
    LinkFinder finder = LinkFinder.remembering(this, links::addIdentities, links::addClaims);
    datasets.forEach(finder::add);
    return links.build();
  }

  /** The workload the claims come from. */
  Workload workload() {
    return workload;
  }

  int actorCount() {
    return actors.size();
  }

  int sourceCount() {
    return sources.size();
  }

  /** The actor of a number, its identifier added where its linking is by identifier. */
  Actor actor(int number) {
    return actors.get(number);
  }

  Linking actorLinking(int number) {
    return actorLinking[number];
  }

  Linking sourceLinking(int number) {
    return sourceLinking[number];
  }

  private static Linking linking(Actor actor, int roll) {
    if (actor.anonymous()) {
      return Linking.STORY;
    }
    ActorKind kind = actor.kind();
    if (kind == ActorKind.MEDIA_OUTLET) {
      return roll < 80 ? Linking.IDENTIFIER : Linking.SAME;
    }
    if (kind == ActorKind.PERSON) {
      return roll < 25 ? Linking.IDENTIFIER : roll < 70 ? Linking.SAME : Linking.NONE;
    }
    return roll < 60 ? Linking.IDENTIFIER : roll < 90 ? Linking.SAME : Linking.NONE;
  }

  private static Identifier item(int number) {
    return Identifier.wikidata("Q" + number);
  }

  /** The number in a workload id: {@code a12}, {@code s12} and {@code c12} are 12. */
  static int number(String id) {
    return Integer.parseInt(id, 1, id.length(), 10);
  }

  SplittableRandom random(long index, int stream) {
    return new SplittableRandom(seed * 0x2545F4914F6CDD1DL + index * 64 + stream);
  }

  @Override
  public String toString() {
    return "CorpusWorkload of " + claimCount + " claims in " + datasetCount + " datasets";
  }
}
