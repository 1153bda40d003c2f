package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;

/**
 * Fuzzes what the executors make of outside files: a shard's lines ({@link
 * CorpusLines#lineRows}) and a links document ({@link LinksDocuments#rows}). Nothing may escape,
 * whatever the bytes: a bad line or document is error rows, never a failed task. Every row fits
 * its table's schema (Spark fails the job on a null in a column that allows none); a line's row is
 * either a dataset, whose JSON reads back, or violations; a document's rows are either its links
 * or its errors.
 *
 * <p>With the normal tests each method replays its inputs under {@code
 * SparkReadingFuzzTestInputs/<method>} in the test resources; {@code docs/robustness.md} says how
 * to fuzz for longer.
 */
class SparkReadingFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void lines(byte[] input) {
    List<Row> rows = CorpusLines.lineRows(new ByteArrayInputStream(input), "fuzz.jsonl", 3);

    for (Row row : rows) {
      RowSchemas.check(row, CorpusLines.READ);
      assertThat(row.getString(0)).isEqualTo("fuzz.jsonl");
      assertThat(row.getInt(1)).isEqualTo(3);
      boolean dataset = row.isNullAt(5);
      if (dataset) {
        assertThat(row.isNullAt(3)).as("a dataset's id").isFalse();
        assertThat(Json.read(row.<byte[]>getAs(4))).isNotNull();
      } else {
        assertThat(row.<Object>getAs(4)).as("a failed line's JSON").isNull();
        assertThat(row.getList(5)).as("a failed line's violations").isNotEmpty();
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void links(byte[] input) {
    List<Row> rows = new ArrayList<>();
    LinksDocuments.rows(new ByteArrayInputStream(input), "fuzz-links.json", 2)
        .forEachRemaining(rows::add);

    long errors = rows.stream().filter(r -> r.isNullAt(2)).count();
    assertThat(errors).as("a document is its links or its errors").isIn(0L, (long) rows.size());
    for (Row row : rows) {
      RowSchemas.check(row, LinksDocuments.ROWS);
      if (row.isNullAt(2)) {
        assertThat(row.getList(13)).isNotEmpty();
      } else {
        assertThat(row.isNullAt(13)).isTrue();
      }
    }
  }
}
