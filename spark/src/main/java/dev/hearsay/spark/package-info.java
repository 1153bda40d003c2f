/**
 * Hearsay on Apache Spark: corpora of millions of reports in sharded JSON Lines, read and checked
 * by Hearsay's own reader inside the executors ({@link dev.hearsay.spark.CorpusLines}), laid out
 * as tables for analysts ({@link dev.hearsay.spark.CorpusTables}), and the corpus's questions
 * (identity, claim clusters, parties, channels and their intervals) answered by Spark jobs that
 * call core's own code on each cluster's part of the corpus ({@link
 * dev.hearsay.spark.CorpusAnswers}). {@link dev.hearsay.spark.HearsaySparkJob} is the entry point
 * for {@code spark-submit}. Spark does the distribution; Hearsay the meaning.
 */
package dev.hearsay.spark;
