package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class BucketPartsTest {
  private static final List<String> KINDS = List.of("members", "datasets");

  private static Row member(long bucket, String name) {
    return RowFactory.create(bucket, RowFactory.create(name), null);
  }

  private static Row dataset(long bucket, String name) {
    return RowFactory.create(bucket, null, RowFactory.create(name));
  }

  private static List<String> names(List<Row> rows) {
    return rows.stream().map(r -> r.getString(0)).toList();
  }

  @Test
  void consecutiveRowsOfABucketMakeOnePartWithTheirRowsByKind() {
    Iterator<BucketParts.Part> parts =
        BucketParts.parts(
            List.of(
                    member(3, "m1"),
                    dataset(3, "d1"),
                    member(3, "m2"),
                    dataset(7, "d2"),
                    member(1L << 32, "m3"))
                .iterator(),
            KINDS);

    List<BucketParts.Part> all = new ArrayList<>();
    parts.forEachRemaining(all::add);

    assertThat(all).extracting(BucketParts.Part::bucket).containsExactly(3L, 7L, 1L << 32);
    assertThat(names(all.get(0).of("members"))).containsExactly("m1", "m2");
    assertThat(names(all.get(0).of("datasets"))).containsExactly("d1");
    assertThat(all.get(1).of("members")).isEmpty();
    assertThat(names(all.get(1).of("datasets"))).containsExactly("d2");
    assertThat(names(all.get(2).of("members"))).containsExactly("m3");
  }

  @Test
  void noRowsMakeNoPart() {
    assertThat(BucketParts.parts(List.<Row>of().iterator(), KINDS).hasNext()).isFalse();
  }

  @Test
  void eachPartIsAnsweredInTurnAndPartsWithoutAnswersAreSkipped() {
    List<Long> asked = new ArrayList<>();
    Iterator<Row> answers =
        BucketParts.answered(
            List.of(member(1, "a"), member(1, "b"), dataset(2, "c"), member(4, "d")).iterator(),
            KINDS,
            part -> {
              asked.add(part.bucket());
              return part.of("members").stream()
                  .map(m -> RowFactory.create(part.bucket() + ":" + m.getString(0)))
                  .toList();
            });

    assertThat(answers.next().getString(0)).isEqualTo("1:a");
    assertThat(asked).containsExactly(1L);
    List<String> rest = new ArrayList<>();
    answers.forEachRemaining(r -> rest.add(r.getString(0)));
    assertThat(rest).containsExactly("1:b", "4:d");
    assertThat(asked).containsExactly(1L, 2L, 4L);
  }
}
