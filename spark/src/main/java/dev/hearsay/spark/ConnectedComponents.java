package dev.hearsay.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Connected components of an undirected graph held as a table of edges, in two steps. First each
 * task joins the edges it holds with a union-find, the edges ranged by their first end so that
 * the edges of nearby nodes (the entities of one file, the reports that cite each other) meet in
 * one task: every node then points to one node of its part of a component in that task. What is
 * left are the parts that several tasks saw of one component, tied by the nodes they share: a
 * graph with a node per part, whose components are found by the alternating large-star and
 * small-star steps of Kiveris, Lattanzi, Mirrokni, Rastogi and Vassilvitskii ("Connected
 * Components in MapReduce and Beyond", SoCC 2014), each step one join and one aggregation. Run
 * on the whole graph, those steps take a round per doubling of the longest path (a chain of
 * {@code same} statements through a thousand reports took eleven); run on the parts, they see
 * only the paths between tasks.
 */
final class ConnectedComponents {
  private static final StructType NODES =
      new StructType()
          .add("node", DataTypes.StringType, false)
          .add("root", DataTypes.StringType, false);

  private ConnectedComponents() {}

  /**
   * The components of the graph.
   *
   * @param edges the edges, text columns {@code src} and {@code dst}; a node met in no edge is in
   *     no row of the answer (it is a component of its own)
   * @return one row per node met in an edge: {@code node} and {@code component}, one node of its
   *     component that names it, the same for all its nodes
   */
  static Dataset<Row> of(Dataset<Row> edges) {
    SparkSession spark = edges.sparkSession();
    int tasks = spark.sessionState().conf().numShufflePartitions();
    Dataset<Row> ranged =
        edges
            .select(col("src"), col("dst"))
            .filter(col("src").notEqual(col("dst")))
            .repartitionByRange(tasks, col("src"));
    Dataset<Row> parts =
        Frames.kept(
            spark.createDataFrame(
                ranged.javaRDD().mapPartitions(ConnectedComponents::joined), NODES));
    Dataset<Row> first = parts.groupBy(col("node")).agg(min(col("root")).as("first"));
    Dataset<Row> between =
        Frames.kept(
            parts
                .join(first, "node")
                .filter(col("root").notEqual(col("first")))
                .select(col("root").as("src"), col("first").as("dst"))
                .distinct());
    Dataset<Row> current = between;
    while (!current.isEmpty()) {
      Dataset<Row> next = Frames.kept(smallStar(largeStar(current)));
      boolean same = next.count() == current.count() && next.except(current).isEmpty();
      current = next;
      if (same) {
        break;
      }
    }
    Dataset<Row> named = current.select(col("src").as("part"), col("dst").as("component"));
    return first
        .join(named, first.col("first").equalTo(named.col("part")), "left")
        .select(col("node"), coalesce(col("component"), col("first")).as("component"));
  }

  /** The edges of one task joined: each node met, with the first node met of its set here. */
  private static Iterator<Row> joined(Iterator<Row> edges) {
    Map<String, Integer> numbers = new HashMap<>();
    List<String> nodes = new ArrayList<>();
    int[] parent = grown(new int[0], 1024);
    while (edges.hasNext()) {
      Row edge = edges.next();
      int a = numbers.computeIfAbsent(edge.getString(0), k -> added(k, nodes));
      int b = numbers.computeIfAbsent(edge.getString(1), k -> added(k, nodes));
      if (nodes.size() > parent.length) {
        parent = grown(parent, 2 * nodes.size());
      }
      int ra = root(parent, a);
      int rb = root(parent, b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
    List<Row> rows = new ArrayList<>(nodes.size());
    for (int n = 0; n < nodes.size(); n++) {
      rows.add(RowFactory.create(nodes.get(n), nodes.get(root(parent, n))));
    }
    return rows.iterator();
  }

  /** The parents, longer, each new node its own root. */
  private static int[] grown(int[] parent, int length) {
    int[] longer = Arrays.copyOf(parent, length);
    for (int n = parent.length; n < length; n++) {
      longer[n] = n;
    }
    return longer;
  }

  private static int added(String node, List<String> nodes) {
    nodes.add(node);
    return nodes.size() - 1;
  }

  /** The root of a node's set, halving the path on the way. */
  private static int root(int[] parent, int node) {
    int n = node;
    while (parent[n] != n) {
      parent[n] = parent[parent[n]];
      n = parent[n];
    }
    return n;
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
