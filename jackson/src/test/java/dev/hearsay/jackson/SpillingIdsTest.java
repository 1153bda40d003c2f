package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.hearsay.jackson.SpillingIds.Duplicate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ids held in memory up to a budget, then in sorted runs on disk merged when the list ends. */
class SpillingIdsTest {
  @TempDir Path directory;

  /** Adds an id as the stream rules do: only when it is not found; returns whether it was. */
  private static boolean offer(SpillingIds ids, String id, int position) {
    if (ids.positionOf(id) >= 0) {
      return false;
    }
    ids.add(id, position);
    return true;
  }

  @Test
  void findsDuplicatesAcrossRunsWhenTheListEnds() {
    try (SpillingIds ids = new SpillingIds(new IdSpill(directory, 7))) {
      for (int i = 0; i < 100; i++) {
        assertThat(offer(ids, "i" + i, i)).isTrue();
      }
      // each repeats an id written out before, so not found in memory
      assertThat(offer(ids, "i3", 100)).isTrue();
      assertThat(offer(ids, "i50", 101)).isTrue();
      for (int j = 0; j < 10; j++) {
        assertThat(offer(ids, "j" + j, 102 + j)).isTrue();
      }
      assertThat(offer(ids, "i3", 112)).isTrue();
      assertThat(ids.spilled()).isTrue();

      long[] counted = new long[1];
      List<Duplicate> duplicates = ids.seal(10, counted);

      assertThat(duplicates)
          .containsExactly(
              new Duplicate("i3", 100, 3),
              new Duplicate("i50", 101, 50),
              new Duplicate("i3", 112, 3));
      assertThat(counted[0]).isEqualTo(3);
      assertThat(ids.seal(10, counted)).isEmpty();
    }
  }

  /** The ids of a dataset on disk can be read by their owner alone, the runs and the merged file. */
  @Test
  void writesFilesOnlyItsOwnerCanRead() throws IOException {
    assumeTrue(directory.getFileSystem().supportedFileAttributeViews().contains("posix"));
    try (SpillingIds ids = new SpillingIds(new IdSpill(directory, 3))) {
      for (int i = 0; i < 10; i++) {
        offer(ids, "p" + i, i);
      }
      assertThat(filesIn(directory)).isNotEmpty().allSatisfy(SpillingIdsTest::ownerOnly);
      ids.seal(10, new long[1]);
      assertThat(filesIn(directory)).isNotEmpty().allSatisfy(SpillingIdsTest::ownerOnly);
    }
  }

  private static List<Path> filesIn(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  private static void ownerOnly(Path file) {
    try {
      assertThat(Files.getPosixFilePermissions(file))
          .as(file.toString())
          .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void keepsTheDuplicatesOfTheLowestPositionsAndCountsThemAll() {
    try (SpillingIds ids = new SpillingIds(new IdSpill(directory, 2))) {
      for (int i = 0; i < 10; i++) {
        offer(ids, "x" + i, i);
      }
      for (int i = 0; i < 10; i++) {
        offer(ids, "x" + (9 - i), 10 + i);
      }
      long[] counted = new long[1];

      List<Duplicate> duplicates = ids.seal(2, counted);

      assertThat(duplicates)
          .containsExactly(new Duplicate("x9", 10, 9), new Duplicate("x8", 11, 8));
      assertThat(counted[0]).isEqualTo(10);
    }
  }

  @Test
  void findsEveryIdWithItsFirstPositionAfterSealing() {
    int count = 5000;
    try (SpillingIds ids = new SpillingIds(new IdSpill(directory, 1000))) {
      for (int i = 0; i < count; i++) {
        offer(ids, "claim-" + Integer.toHexString(i * 7919), i);
      }
      offer(ids, "claim-0", count);
      ids.seal(10, new long[1]);

      for (int i = 0; i < count; i++) {
        assertThat(ids.positionOf("claim-" + Integer.toHexString(i * 7919))).isEqualTo(i);
      }
      assertThat(ids.positionOf("claim-")).isEqualTo(-1);
      assertThat(ids.positionOf("claim-00")).isEqualTo(-1);
      assertThat(ids.positionOf("a")).isEqualTo(-1);
      assertThat(ids.positionOf("zzz")).isEqualTo(-1);
    }
  }

  @Test
  void keepsItsFilesUntilClosedAndTheRunsOnlyUntilMerged() throws IOException {
    SpillingIds ids = new SpillingIds(new IdSpill(directory, 3));
    for (int i = 0; i < 10; i++) {
      offer(ids, "id" + i, i);
    }
    assertThat(files()).hasSize(3);

    ids.seal(10, new long[1]);
    assertThat(files()).hasSize(1).allMatch(f -> f.endsWith(".sorted"));
    assertThat(ids.positionOf("id9")).isEqualTo(9);

    ids.close();
    assertThat(files()).isEmpty();
  }

  @Test
  void closingBeforeTheEndDeletesTheRuns() throws IOException {
    SpillingIds ids = new SpillingIds(new IdSpill(directory, 1));
    offer(ids, "a", 0);
    offer(ids, "b", 1);
    assertThat(files()).hasSize(2);

    ids.close();

    assertThat(files()).isEmpty();
  }

  @Test
  void fewIdsStayInMemory() throws IOException {
    try (SpillingIds ids = new SpillingIds(new IdSpill(directory, 100))) {
      offer(ids, "a", 0);
      assertThat(offer(ids, "a", 1)).isFalse();
      assertThat(ids.seal(10, new long[1])).isEmpty();
      assertThat(ids.positionOf("a")).isZero();
      assertThat(ids.spilled()).isFalse();
      assertThat(files()).isEmpty();
      assertThatThrownBy(() -> ids.add("b", 2)).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void anIdWrittenOutInManyRunsIsADuplicateAtEachLaterPosition() {
    try (SpillingIds ids = new SpillingIds(new IdSpill(directory, 1))) {
      for (int position = 0; position < 7; position++) {
        assertThat(offer(ids, "a", position)).isTrue();
      }
      long[] counted = new long[1];

      List<Duplicate> duplicates = ids.seal(10, counted);

      assertThat(duplicates).extracting(Duplicate::position).containsExactly(1, 2, 3, 4, 5, 6);
      assertThat(duplicates).extracting(Duplicate::earlier).containsOnly(0);
      assertThat(counted[0]).isEqualTo(6);
      assertThat(ids.positionOf("a")).isZero();
    }
  }

  @Test
  void theEmptyIdIsKeptLikeAnyOtherAcrossRuns() {
    try (SpillingIds ids = new SpillingIds(new IdSpill(directory, 2))) {
      offer(ids, "", 0);
      offer(ids, "a", 1);
      offer(ids, "b", 2);
      offer(ids, "", 3);

      List<Duplicate> duplicates = ids.seal(10, new long[1]);

      assertThat(duplicates).containsExactly(new Duplicate("", 3, 0));
      assertThat(ids.positionOf("")).isZero();
      assertThat(ids.positionOf("a")).isEqualTo(1);
      assertThat(ids.positionOf("b")).isEqualTo(2);
    }
  }

  @Test
  void aBudgetBelowOneIsRefused() {
    assertThatThrownBy(() -> new IdSpill(directory, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> listed = Files.list(directory)) {
      return listed.map(p -> p.getFileName().toString()).toList();
    }
  }
}
