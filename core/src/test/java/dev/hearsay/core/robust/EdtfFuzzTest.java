package dev.hearsay.core.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hearsay.core.time.EdtfSyntaxException;
import dev.hearsay.core.time.ImpreciseTime;
import dev.hearsay.core.time.Precision;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the EDTF reader: any text either reads as a value that writes back to an equal value, or
 * is refused with an {@link EdtfSyntaxException} that points into the text. Nothing else may
 * escape, no input may hang, overflow the stack or run out of memory.
 *
 * <p>With the normal tests this replays the inputs under {@code EdtfFuzzTestInputs/parse} in the
 * test resources; {@code docs/robustness.md} says how to fuzz for longer.
 */
class EdtfFuzzTest {
  private static final List<ImpreciseTime> OTHERS =
      List.of(
          ImpreciseTime.parse("2024-10-25"),
          ImpreciseTime.parse("../2024"),
          ImpreciseTime.parse("2024-08/.."),
          ImpreciseTime.parse("[1667,1668,1670..1672]"),
          ImpreciseTime.parse("2004?-06-~11"));

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ImpreciseTime time;
    try {
      time = ImpreciseTime.parse(text);
    } catch (EdtfSyntaxException e) {
      assertThat(e.index()).isBetween(0, text.length());
      assertThat(text).startsWith(e.text());
      assertThat(e.getMessage()).endsWith(e.reason());
      assertThat(e.kind()).isNotNull();
      assertThat(e.isUnsupported()).isEqualTo(e.kind() == EdtfSyntaxException.Kind.UNSUPPORTED);
      return;
    }
    ImpreciseTime again = ImpreciseTime.parse(time.toEdtf());
    assertThat(again).isEqualTo(time);
    assertThat(again.earliest()).isEqualTo(time.earliest());
    assertThat(again.latest()).isEqualTo(time.latest());
    if (time.earliest().isPresent() && time.latest().isPresent()) {
      assertThat(time.earliest().get()).isBefore(time.latest().get());
    }
    // Every accessor answers for every value.
    time.precision();
    time.kind();
    for (Precision p : Precision.values()) {
      time.qualification(p);
    }
    time.start().ifPresent(ImpreciseTime::toEdtf);
    time.end().ifPresent(ImpreciseTime::toEdtf);
    if (time.isInterval()) {
      time.startKind();
      time.endKind();
    }
    time.members().forEach(m -> assertThat(ImpreciseTime.parse(m.toEdtf())).isEqualTo(m));
    for (ImpreciseTime other : OTHERS) {
      assertThat(other.relationTo(time)).isEqualTo(time.relationTo(other).inverse());
      assertThat(Integer.signum(time.compareTo(other)))
          .isEqualTo(-Integer.signum(other.compareTo(time)));
    }
  }
}
