package dev.hearsay.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.hearsay.benchmarks.workload.Workload;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.HearsayModule;
import java.io.ByteArrayOutputStream;
import tools.jackson.databind.json.JsonMapper;

/** The mappers and datasets the benchmarks share. */
public final class Corpus {
  private Corpus() {}

  /**
   * A mapper with Hearsay's module and Jackson's defaults otherwise.
   *
   * @return the mapper
   */
  public static JsonMapper hearsayMapper() {
    return JsonMapper.builder().addModule(new HearsayModule()).build();
  }

  /**
   * A mapper for the plain records: Jackson's defaults, and absent fields left out as Hearsay
   * leaves them out.
   *
   * @return the mapper
   */
  public static JsonMapper plainMapper() {
    return JsonMapper.builder()
        .changeDefaultPropertyInclusion(
            i ->
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }

  /**
   * The workload's dataset of a given number of claims.
   *
   * @param claims the number of claims
   * @return the dataset
   */
  public static Dataset dataset(int claims) {
    return Workload.of(claims).dataset();
  }

  /**
   * A dataset in Hearsay's JSON form.
   *
   * @param dataset the dataset
   * @return the UTF-8 bytes
   */
  public static byte[] json(Dataset dataset) {
    return hearsayMapper().writeValueAsBytes(dataset);
  }

  /** A byte sink that is reused from one write to the next, without locks. */
  public static final class Sink extends ByteArrayOutputStream {
    /**
     * A sink with room for the given number of bytes.
     *
     * @param size the initial capacity
     */
    public Sink(int size) {
      super(size);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (count + length > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, count + length));
      }
      System.arraycopy(bytes, offset, buf, count, length);
      count += length;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }
}
