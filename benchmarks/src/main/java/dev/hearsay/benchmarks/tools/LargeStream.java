package dev.hearsay.benchmarks.tools;

import dev.hearsay.benchmarks.Corpus;
import dev.hearsay.benchmarks.workload.Workload;
import dev.hearsay.core.model.Claim;
import dev.hearsay.jackson.DatasetStreamReader;
import dev.hearsay.jackson.DatasetStreamWriter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams a dataset far larger than the heap: writes it claim by claim with Hearsay's stream
 * writer, generating each claim on the fly, then reads it back claim by claim with the stream
 * reader, each in its own process so that each gets the small heap alone.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks.jar dev.hearsay.benchmarks.tools.LargeStream write FILE 10000000
 * java -Xmx256m -cp benchmarks.jar dev.hearsay.benchmarks.tools.LargeStream read FILE
 * </pre>
 *
 * <p>The claims use the actors and sources of the 1e6 workload, as the stream holds its header
 * (actors, places, sources) in memory. Each phase prints one JSON line: the claims, the bytes,
 * the seconds, and the most heap found live, sampled with a full collection every million claims
 * (ten pauses in ten million claims, included in the seconds).
 */
public final class LargeStream {
  /** The workload whose actors and sources the stream uses. */
  static final int POOL_CLAIMS = 1_000_000;

  private LargeStream() {}

  /**
   * Runs one phase.
   *
   * @param args {@code write FILE CLAIMS} or {@code read FILE}
   * @throws IOException when the file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (args.length == 3 && args[0].equals("write")) {
      write(Path.of(args[1]), Integer.parseInt(args[2]), out);
    } else if (args.length == 2 && args[0].equals("read")) {
      read(Path.of(args[1]), out);
    } else {
      System.err.println("usage: LargeStream write FILE CLAIMS | LargeStream read FILE");
      System.exit(2);
    }
  }

  private static void write(Path file, int claims, PrintStream out) throws IOException {
    Workload workload = Workload.streamed(claims, POOL_CLAIMS);
    JsonMapper mapper = Corpus.hearsayMapper();
    long start = System.nanoTime();
    HeapWatch heap = new HeapWatch();
    int i = 0;
    try (OutputStream sink = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        DatasetStreamWriter writer = DatasetStreamWriter.open(mapper, sink, workload.header())) {
      for (; i < claims; i++) {
        writer.writeClaim(workload.claim(i));
        if (i % 1_000_000 == 0) {
          heap.sample();
          System.err.println("written " + i + " claims; live heap after GC " + heap.maxLive());
        }
      }
      for (int e = 0; e < workload.eventCount(); e++) {
        writer.writeEvent(workload.event(e));
      }
      for (int r = 0; r < claims; r++) {
        workload.relationFrom(r).ifPresent(writer::writeRelation);
      }
      heap.sample();
    } catch (OutOfMemoryError e) {
      report(out, "write", i, Files.size(file), System.nanoTime() - start, heap, e);
      System.exit(1);
    }
    report(out, "write", claims, Files.size(file), System.nanoTime() - start, heap, null);
  }

  private static void read(Path file, PrintStream out) throws IOException {
    JsonMapper mapper = Corpus.hearsayMapper();
    long start = System.nanoTime();
    HeapWatch heap = new HeapWatch();
    long claims = 0;
    long hops = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        DatasetStreamReader reader = DatasetStreamReader.open(mapper, in)) {
      while (reader.hasNextClaim()) {
        Claim claim = reader.nextClaim();
        hops += claim.attribution().size();
        if (++claims % 1_000_000 == 0) {
          heap.sample();
          System.err.println("read " + claims + " claims; live heap after GC " + heap.maxLive());
        }
      }
      while (reader.hasNextEvent()) {
        hops += reader.nextEvent().claims().size();
      }
      hops += reader.relations().size();
      heap.sample();
    } catch (OutOfMemoryError e) {
      report(out, "read", claims, Files.size(file), System.nanoTime() - start, heap, e);
      System.exit(1);
    }
    report(out, "read", claims, Files.size(file), System.nanoTime() - start, heap, null);
    if (hops == 0) {
      throw new IllegalStateException("nothing read");
    }
  }

  /** Prints the phase's line; {@code failure} is the error that stopped it, or null. */
  private static void report(
      PrintStream out,
      String phase,
      long claims,
      long bytes,
      long nanos,
      HeapWatch heap,
      Throwable failure) {
    out.println(
        String.format(
            Locale.ROOT,
            "{\"phase\":\"%s\",\"claims\":%d,\"bytes\":%d,\"seconds\":%.1f,\"claimsPerSecond\":%.0f,"
                + "\"maxHeap\":%d,\"maxLiveAfterGc\":%d,\"completed\":%b,\"failure\":\"%s\"}",
            phase,
            claims,
            bytes,
            nanos / 1e9,
            claims / (nanos / 1e9),
            Runtime.getRuntime().maxMemory(),
            heap.maxLive(),
            failure == null,
            failure == null ? "" : failure.toString().replace('"', '\'')));
  }

  /**
   * The most heap in use just after a full collection, over the samples taken: each sample asks
   * for a full collection first, so that the figure is the live heap and not garbage not yet
   * collected.
   */
  static final class HeapWatch {
    private long maxLive;

    void sample() {
      System.gc();
      long live = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        MemoryUsage afterGc = pool.getCollectionUsage();
        if (pool.getType() == MemoryType.HEAP && afterGc != null) {
          live += afterGc.getUsed();
        }
      }
      maxLive = Math.max(maxLive, live);
    }

    long maxLive() {
      return maxLive;
    }
  }
}
