package dev.hearsay.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Rows made on the driver, such as the links', as a table distributed over the executors rather
 * than embedded in the query plan, which Spark would copy and compare at every step of planning.
 */
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

  static Dataset<Row> of(SparkSession spark, List<Row> rows, StructType schema) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int slices = Math.max(1, Math.min(context.defaultParallelism(), rows.size() / 10_000 + 1));
    return spark.createDataFrame(context.parallelize(rows, slices), schema);
  }
}
