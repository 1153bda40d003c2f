package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.openprovenance.prov.model.Document;

/**
 * Fuzzes the PROV importers: ProvToolbox's PROV-JSON-LD and PROV-N readers feeding {@link
 * ProvMapping#fromProv} and {@link ProvMapping#corpusFromProv}. Only {@link ProvImportException} may escape; no input may hang, overflow
 * the stack or run out of memory. A dataset that imports writes back, in both formats, to PROV
 * that imports to an equal dataset with nothing left out.
 *
 * <p>With the normal tests each method replays its inputs under {@code ProvFuzzTestInputs/<method>}
 * in the test resources; {@code docs/robustness.md} says how to fuzz for longer.
 */
class ProvFuzzTest {
  private static final ProvMapping MAPPING = new ProvMapping();

  @FuzzTest(maxDuration = "5m")
  void jsonLd(byte[] input) {
    check(ProvFormat.JSON_LD, input);
  }

  @FuzzTest(maxDuration = "5m")
  void provN(byte[] input) {
    check(ProvFormat.PROV_N, input);
  }

  @FuzzTest(maxDuration = "5m")
  void corpusJsonLd(byte[] input) {
    checkCorpus(ProvFormat.JSON_LD, input);
  }

  @FuzzTest(maxDuration = "5m")
  void corpusProvN(byte[] input) {
    checkCorpus(ProvFormat.PROV_N, input);
  }

  /**
   * A document read as a corpus: only {@link ProvImportException} may escape, and a corpus that
   * imports writes back to PROV that imports to equal datasets and links, with nothing left out.
   */
  private static void checkCorpus(ProvFormat format, byte[] input) {
    ProvCorpusImport imported;
    try {
      imported = MAPPING.corpusFromProv(format.read(input));
    } catch (ProvImportException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    for (ProvFormat again : ProvFormat.values()) {
      byte[] written = again.toBytes(MAPPING.toProv(imported.corpus()));
      ProvCorpusImport back = MAPPING.corpusFromProv(again.read(written));
      assertThat(back.omissions()).isEmpty();
      assertThat(back.corpus().datasets()).isEqualTo(imported.corpus().datasets());
      assertThat(back.corpus().links()).isEqualTo(imported.corpus().links());
    }
  }

  private static void check(ProvFormat format, byte[] input) {
    ProvImport imported;
    try {
      Document document = format.read(input);
      imported = MAPPING.fromProv(document);
    } catch (ProvImportException e) {
      assertThat(e.getMessage()).isNotBlank();
      return;
    }
    for (ProvFormat again : ProvFormat.values()) {
      byte[] written = again.toBytes(MAPPING.toProv(imported.dataset()));
      ProvImport back = MAPPING.fromProv(again.read(written));
      assertThat(back.omissions()).isEmpty();
      assertThat(back.dataset()).isEqualTo(imported.dataset());
    }
  }
}
