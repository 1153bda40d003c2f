package dev.hearsay.spark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.types.StructType;

/** Tables made of tables by the executors, and tables written as Parquet. */
final class Frames {
  private Frames() {}

  /**
   * Rows that a function makes of each row of a table, as a table whose plan is one leaf: the
   * executors run the function on the table's rows, and Spark plans what follows without the
   * encoders' expressions of a typed {@code flatMap}, which make planning slow.
   */
  static Dataset<Row> flatMap(
      Dataset<Row> table, FlatMapFunction<Row, Row> rows, StructType schema) {
    return table.sparkSession().createDataFrame(table.javaRDD().flatMap(rows), schema);
  }

  /**
   * A table computed now and kept, as a leaf: what follows is planned on its rows, not on the
   * query that made them, so that plans stay small however many steps came before. Kept in a
   * reliable checkpoint when the Spark context has a checkpoint directory (a lost executor then
   * costs nothing), else on the executors (faster; a lost executor fails the job).
   */
  static Dataset<Row> kept(Dataset<Row> table) {
    boolean reliable = table.sparkSession().sparkContext().getCheckpointDir().isDefined();
    return reliable ? table.checkpoint(true) : table.localCheckpoint(true);
  }

  /**
   * Writes named tables as Parquet, each in a directory of its name under the path, replacing
   * what is there; returns the directory of each, in the order of the names.
   */
  static Map<String, String> writeParquet(
      String path, List<String> names, Function<String, Dataset<Row>> table) {
    Map<String, String> written = new LinkedHashMap<>();
    for (String name : names) {
      String directory = path + "/" + name;
      table.apply(name).write().mode(SaveMode.Overwrite).parquet(directory);
      written.put(name, directory);
    }
    return written;
  }
}
