package dev.hearsay.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph held as a table of edges, by the alternating
 * large-star and small-star steps of Kiveris, Lattanzi, Mirrokni, Rastogi and Vassilvitskii
 * ("Connected Components in MapReduce and Beyond", SoCC 2014): each step is one join and one
 * aggregation on the edges, and the rounds needed grow as the square of the logarithm of the
 * nodes at worst, a few in practice, whatever the components' diameters. The steps run on numbers
 * given to the nodes; at the end each node points to the least number of its component, whose
 * node names it.
 */
final class ConnectedComponents {
  private ConnectedComponents() {}

  /**
   * The components of the graph.
   *
   * @param edges the edges, columns {@code src} and {@code dst} of one type; a node met in no
   *     edge is in no row of the answer (it is a component of its own)
   * @return one row per node met in an edge: {@code node} and {@code component}, one node of its
   *     component that names it, the same for all its nodes
   */
  static Dataset<Row> of(Dataset<Row> edges) {
    Dataset<Row> named =
        edges.select(col("src"), col("dst")).filter(col("src").notEqual(col("dst")));
    Dataset<Row> numbers =
        named
            .select(col("src").as("name"))
            .union(named.select(col("dst").as("name")))
            .distinct()
            .withColumn("number", monotonically_increasing_id())
            .localCheckpoint();
    Dataset<Row> current =
        numbered(named, numbers).select(col("src"), col("dst")).distinct().localCheckpoint();
    while (true) {
      Dataset<Row> next = smallStar(largeStar(current)).localCheckpoint();
      boolean same = next.count() == current.count() && next.except(current).isEmpty();
      current = next;
      if (same) {
        break;
      }
    }
    Dataset<Row> components =
        current
            .select(col("src").as("node"), col("dst").as("component"))
            .union(current.select(col("dst").as("node"), col("dst").as("component")))
            .distinct();
    return components
        .join(numbers.select(col("number").as("node"), col("name").as("nodeName")), "node")
        .join(
            numbers.select(col("number").as("component"), col("name").as("componentName")),
            "component")
        .select(col("nodeName").as("node"), col("componentName").as("component"));
  }

  /**
   * The edges with each end replaced by its number: the components are found on numbers, which
   * Spark sorts, hashes and compares much faster than the text keys the callers name nodes by.
   */
  private static Dataset<Row> numbered(Dataset<Row> edges, Dataset<Row> numbers) {
    Dataset<Row> from = numbers.select(col("name").as("srcName"), col("number").as("srcNumber"));
    Dataset<Row> to = numbers.select(col("name").as("dstName"), col("number").as("dstNumber"));
    return edges
        .join(from, edges.col("src").equalTo(from.col("srcName")))
        .join(to, edges.col("dst").equalTo(to.col("dstName")))
        .select(col("srcNumber").as("src"), col("dstNumber").as("dst"));
  }

  /** Links every larger neighbour of each node to the least of the node's neighbourhood. */
  private static Dataset<Row> largeStar(Dataset<Row> edges) {
    Dataset<Row> both = edges.union(edges.select(col("dst").as("src"), col("src").as("dst")));
    Dataset<Row> least =
        both.groupBy(col("src").as("u"))
            .agg(min(col("dst")).as("m"))
            .select(col("u"), least(col("u"), col("m")).as("m"));
    return both.join(least, both.col("src").equalTo(least.col("u")))
        .filter(col("dst").gt(col("src")))
        .select(col("dst").as("src"), col("m").as("dst"))
        .distinct();
  }

  /**
   * Links each node and its smaller neighbours to the least of them, the edges first oriented
   * from the larger end to the smaller.
   */
  private static Dataset<Row> smallStar(Dataset<Row> edges) {
    Dataset<Row> oriented =
        edges
            .select(
                greatest(col("src"), col("dst")).as("hi"), least(col("src"), col("dst")).as("lo"))
            .filter(col("hi").notEqual(col("lo")))
            .distinct();
    Dataset<Row> least = oriented.groupBy(col("hi")).agg(min(col("lo")).as("m"));
    Dataset<Row> joined = oriented.join(least, "hi");
    return joined
        .filter(col("lo").notEqual(col("m")))
        .select(col("lo").as("src"), col("m").as("dst"))
        .union(least.select(col("hi").as("src"), col("m").as("dst")))
        .distinct();
  }

  /**
   * The nodes of a table labelled with their component: a column of the given name holding the
   * component of the node in column {@code key}, or the node itself where it is in no edge.
   */
  static Dataset<Row> label(Dataset<Row> nodes, Dataset<Row> components, String column) {
    return nodes
        .join(components, nodes.col("key").equalTo(components.col("node")), "left")
        .withColumn(column, coalesce(col("component"), col("key")))
        .drop("node", "component");
  }
}
