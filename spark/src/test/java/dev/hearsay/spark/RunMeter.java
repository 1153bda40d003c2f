package dev.hearsay.spark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * What a run of the scale figures costs, stage by stage: wall time, the process's CPU time (all
 * its threads, Spark's and the collector's included), the collectors' time and the machine's
 * one-minute load average, which says how much else was running.
 */
final class RunMeter {
  private final OperatingSystemMXBean system = ManagementFactory.getOperatingSystemMXBean();
  private final long startWall = System.nanoTime();
  private final long startCpu = cpu();
  private final long startGc = gc();
  private final double startLoad = system.getSystemLoadAverage();
  private long wall = startWall;
  private long cpu = startCpu;
  private long gc = startGc;

  /**
   * The cost of the stage that ends now, since the end of the previous one.
   *
   * @param name what the stage did
   * @return a line: the stage, seconds of wall, CPU and collection, and the load
   */
  String stage(String name) {
    long nowWall = System.nanoTime();
    long nowCpu = cpu();
    long nowGc = gc();
    String line = line(name, nowWall - wall, nowCpu - cpu, nowGc - gc);
    wall = nowWall;
    cpu = nowCpu;
    gc = nowGc;
    return line;
  }

  /**
   * The cost of the whole run so far.
   *
   * @return a line as {@link #stage} gives, with the load at the start and now
   */
  String total() {
    return line("total", System.nanoTime() - startWall, cpu() - startCpu, gc() - startGc)
        + String.format("; load %.2f before", startLoad);
  }

  private String line(String name, long wallNanos, long cpuNanos, long gcMillis) {
    return String.format(
        "%s: %.1f s wall, %.1f s CPU (%.2f cores), %.1f s GC, load %.2f, heap %d MB used of %d MB",
        name,
        wallNanos / 1e9,
        cpuNanos / 1e9,
        (double) cpuNanos / Math.max(1, wallNanos),
        gcMillis / 1e3,
        system.getSystemLoadAverage(),
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private long cpu() {
    return system instanceof com.sun.management.OperatingSystemMXBean process
        ? process.getProcessCpuTime()
        : -1;
  }

  private static long gc() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }
}
