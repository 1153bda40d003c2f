package dev.hearsay.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Whether rows made by hand fit the schema that Spark will hold them to: as many values as
 * fields, no null where the field allows none, each value of its type's Java class, recursively
 * through structs and arrays. Spark checks this only when a job runs, and fails the job.
 */
final class RowSchemas {
  private RowSchemas() {}

  /**
   * Checks a row against a schema.
   *
   * @throws AssertionError naming the first field that does not fit
   */
  static void check(Row row, StructType schema) {
    check(row, schema, "row");
  }

  private static void check(Row row, StructType schema, String where) {
    StructField[] fields = schema.fields();
    if (row.size() != fields.length) {
      throw new AssertionError(where + " has " + row.size() + " values for " + fields.length);
    }
    for (int i = 0; i < fields.length; i++) {
      String at = where + "." + fields[i].name();
      Object value = row.get(i);
      if (value == null) {
        if (!fields[i].nullable()) {
          throw new AssertionError(at + " is null where the schema allows none");
        }
        continue;
      }
      value(value, fields[i].dataType(), at);
    }
  }

  private static void value(Object value, DataType type, String where) {
    if (type instanceof StructType struct) {
      check(expect(value, Row.class, where), struct, where);
    } else if (type instanceof ArrayType array) {
      scala.collection.Seq<?> seq = expect(value, scala.collection.Seq.class, where);
      List<?> elements = scala.jdk.javaapi.CollectionConverters.asJava(seq);
      for (int i = 0; i < elements.size(); i++) {
        String at = where + "[" + i + "]";
        if (elements.get(i) == null) {
          if (!array.containsNull()) {
            throw new AssertionError(at + " is null where the schema allows none");
          }
          continue;
        }
        value(elements.get(i), array.elementType(), at);
      }
    } else if (type instanceof StringType) {
      expect(value, String.class, where);
    } else if (type instanceof IntegerType) {
      expect(value, Integer.class, where);
    } else if (type instanceof LongType) {
      expect(value, Long.class, where);
    } else if (type instanceof BooleanType) {
      expect(value, Boolean.class, where);
    } else if (type instanceof BinaryType) {
      expect(value, byte[].class, where);
    } else {
      throw new AssertionError(where + " has a type this check does not know: " + type);
    }
  }

  private static <T> T expect(Object value, Class<T> type, String where) {
    if (!type.isInstance(value)) {
      throw new AssertionError(
          where + " is a " + value.getClass().getName() + " where " + type.getName() + " is due");
    }
    return type.cast(value);
  }
}
