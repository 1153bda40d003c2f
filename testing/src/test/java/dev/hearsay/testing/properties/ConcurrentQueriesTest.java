package dev.hearsay.testing.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Event;
import dev.hearsay.core.query.ProvenanceIndex;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.core.timeline.Timeline;
import dev.hearsay.testing.random.RandomDatasets;
import dev.hearsay.testing.random.Tries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One dataset, its index and its timeline, queried from many threads at once, give the answers
 * that one thread gets. Each round starts from a fresh dataset so that the values that a dataset
 * computes on first use are computed by racing threads.
 */
class ConcurrentQueriesTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 6;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void manyThreadsGetTheAnswersOfOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        long seed = Tries.SEED + round;
        // Datasets of random size: take the next seeds until one gives a dataset worth racing on.
        while (RandomDatasets.of(seed, 40).claims().size() < 10) {
          seed += 1_000_003;
        }
        List<Object> expected = answers(RandomDatasets.of(seed, 40));
        Dataset shared = RandomDatasets.of(seed, 40);
        ProvenanceIndex index = ProvenanceIndex.of(shared);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<List<Object>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          boolean viaIndex = t % 2 == 0;
          results.add(
              pool.submit(
                  () -> {
                    start.await();
                    return viaIndex ? answers(shared, index) : answers(shared);
                  }));
        }
        for (Future<List<Object>> result : results) {
          assertThat(result.get(30, TimeUnit.SECONDS))
              .as("answers with seed %d", seed)
              .isEqualTo(expected);
        }
        assertThat(expected).hasSizeGreaterThan(70);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Object> answers(Dataset dataset) {
    return answers(dataset, ProvenanceIndex.of(dataset));
  }

  /** Every query of the index and the timeline, over every id in the dataset. */
  private static List<Object> answers(Dataset dataset, ProvenanceIndex index) {
    List<Object> answers = new ArrayList<>();
    for (Claim claim : dataset.claims()) {
      answers.add(dataset.claim(claim.id()).orElseThrow());
      answers.add(index.trace(claim.id()));
      answers.add(index.trace(claim.id()).lines());
      answers.add(index.evidence(claim.id()));
      answers.add(index.conflicts(claim.id()));
      answers.add(index.earliestSaid(claim.id()));
      answers.add(index.dated(claim.id()));
    }
    for (Actor actor : dataset.actors()) {
      answers.add(dataset.actor(actor.id()).orElseThrow());
      answers.add(index.claimsOf(actor.id()));
    }
    answers.add(index.conflicts());
    answers.add(index.circularReporting());
    answers.add(index.asOf(Instant.parse("2024-06-01T00:00:00Z")));
    answers.add(index.asOf(ImpreciseTime.parse("2024-10")));
    Timeline timeline = Timeline.of(index);
    answers.add(timeline.entries());
    for (Event event : dataset.events()) {
      answers.add(timeline.entry(event.id()));
    }
    answers.add(
        timeline.between(ImpreciseTime.parse("1900"), ImpreciseTime.parse("2100")).entries());
    answers.add(timeline.asOf(ImpreciseTime.parse("2024-07")).entries());
    return answers;
  }
}
