package dev.hearsay.jackson;

import java.nio.file.Path;

/**
 * Where and when the ids of a stream go to disk: the directory of the temporary files, and how
 * many ids are held in memory before they are written out as a sorted run.
 *
 * @param directory where the temporary files are made
 * @param idsInMemory the most ids held in memory, at least 1
 */
record IdSpill(Path directory, int idsInMemory) {
  /**
   * Ids held in memory by default: about 22 MB of ids of eight characters, so that the claim and
   * event ids of a stream never take more than about 50 MB together.
   */
  static final int DEFAULT_IDS_IN_MEMORY = 1 << 20;

  IdSpill {
    if (idsInMemory < 1) {
      throw new IllegalArgumentException("idsInMemory must be at least 1, not " + idsInMemory);
    }
  }

  /** The default: the JVM's temporary directory, {@value #DEFAULT_IDS_IN_MEMORY} ids in memory. */
  static IdSpill defaults() {
    return new IdSpill(Path.of(System.getProperty("java.io.tmpdir")), DEFAULT_IDS_IN_MEMORY);
  }
}
