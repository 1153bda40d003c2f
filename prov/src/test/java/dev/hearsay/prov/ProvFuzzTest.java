package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.openprovenance.prov.model.Document;

/**
 * Fuzzes the PROV importers: ProvToolbox's PROV-JSON-LD and PROV-N readers feeding {@link
 * ProvMapping#fromProv}. Only {@link ProvImportException} may escape; no input may hang, overflow
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
