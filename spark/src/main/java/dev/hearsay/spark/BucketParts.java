package dev.hearsay.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;

/**
 * The rows of each bucket's part, brought together one bucket at a time.
 *
 * <p>Each kind of row (the clusters' members, the datasets, the entities, the links, the
 * statements) is a table keyed by bucket. They are put in one table, one column per kind of which
 * a row fills one, shuffled by bucket and sorted by it, so that a task reads its buckets one after
 * the other and holds one bucket's rows at a time, however many buckets it is given; the sort
 * spills to disk when the rows do not fit in memory.
 */
final class BucketParts {
  private BucketParts() {}

  /** The rows of one bucket, by kind, in no particular order. */
  record Part(long bucket, Map<String, List<Row>> rows) {
    /** The rows of a kind; empty when the bucket has none. */
    List<Row> of(String kind) {
      return rows.getOrDefault(kind, List.of());
    }
  }

  /**
   * One table of every kind's rows, shuffled and sorted by bucket.
   *
   * @param kinds each kind's table, with a {@code bucket} column and the columns its rows keep
   * @param columns the columns each kind's rows keep, by kind
   */
  static Dataset<Row> gathered(Map<String, Dataset<Row>> kinds, Map<String, List<String>> columns) {
    List<String> names = List.copyOf(kinds.keySet());
    Map<String, DataType> types = new LinkedHashMap<>();
    Map<String, Dataset<Row>> packed = new LinkedHashMap<>();
    for (String kind : names) {
      Column[] kept = columns.get(kind).stream().map(c -> col(c)).toArray(Column[]::new);
      Dataset<Row> rows = kinds.get(kind).select(col("bucket"), struct(kept).as(kind));
      packed.put(kind, rows);
      types.put(kind, rows.schema().apply(kind).dataType());
    }
    Dataset<Row> all = null;
    for (String kind : names) {
      List<Column> selected = new ArrayList<>();
      selected.add(col("bucket"));
      for (String other : names) {
        selected.add(other.equals(kind) ? col(other) : lit(null).cast(types.get(other)).as(other));
      }
      Dataset<Row> rows = packed.get(kind).select(selected.toArray(Column[]::new));
      all = all == null ? rows : all.union(rows);
    }
    return all.repartition(col("bucket")).sortWithinPartitions(col("bucket"));
  }

  /**
   * The parts of the buckets of one task's rows of {@link #gathered}, in bucket order, each made
   * into rows by a function as soon as its last row is read.
   */
  static Iterator<Row> answered(
      Iterator<Row> rows, List<String> kinds, Function<Part, List<Row>> answer) {
    Iterator<Part> parts = parts(rows, kinds);
    return new Iterator<>() {
      private Iterator<Row> current = List.<Row>of().iterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && parts.hasNext()) {
          current = answer.apply(parts.next()).iterator();
        }
        return current.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /**
   * The parts of sorted rows: consecutive rows of one bucket make one part. A row's column 0 is
   * its bucket, and column {@code 1 + i} its row of the {@code i}th kind, or null.
   */
  static Iterator<Part> parts(Iterator<Row> rows, List<String> kinds) {
    return new Iterator<>() {
      private Row pending = rows.hasNext() ? rows.next() : null;

      @Override
      public boolean hasNext() {
        return pending != null;
      }

      @Override
      public Part next() {
        if (pending == null) {
          throw new NoSuchElementException();
        }
        long bucket = pending.getLong(0);
        Map<String, List<Row>> byKind = new LinkedHashMap<>();
        while (pending != null && pending.getLong(0) == bucket) {
          for (int i = 0; i < kinds.size(); i++) {
            if (!pending.isNullAt(i + 1)) {
              byKind
                  .computeIfAbsent(kinds.get(i), k -> new ArrayList<>())
                  .add(pending.getStruct(i + 1));
            }
          }
          pending = rows.hasNext() ? rows.next() : null;
        }
        return new Part(bucket, byKind);
      }
    };
  }
}
