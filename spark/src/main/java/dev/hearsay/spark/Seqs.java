package dev.hearsay.spark;

import java.util.List;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/** Java lists as the Scala sequences that Spark's rows hold for arrays. */
final class Seqs {
  private Seqs() {}

  static <T> Seq<T> of(List<T> list) {
    return CollectionConverters.asScala(list).toList();
  }
}
