package dev.hearsay.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

class SmokeTest {
  @Test
  void runs() {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("t").config("spark.ui.enabled", "false").getOrCreate();
    assertThat(spark.range(10).count()).isEqualTo(10);
    spark.stop();
  }
}
