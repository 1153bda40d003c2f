package dev.hearsay.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A document that is {@code null} is refused in words, and a failure of the program itself is one
 * line with exit code 2, never a stack trace.
 */
class ProgramFailureTest {
  @Test
  void aNullDocumentIsNotADataset() {
    ProgramRun validate = ProgramRun.withInput("null", "validate", "-");
    ProgramRun show = ProgramRun.withInput("null\n", "show", "-");

    assertThat(validate.exit()).isEqualTo(1);
    assertThat(validate.out())
        .isEqualTo(
            String.join(
                System.lineSeparator(),
                "standard input: invalid, 1 violation:",
                "  line 1, column 1: expected a dataset object, found null",
                ""));
    assertThat(show.exit()).isEqualTo(1);
    assertThat(show.err()).contains("expected a dataset object, found null");
    HostileInputTest.assertSafe(validate);
    HostileInputTest.assertSafe(show);
  }

  @Test
  void anExceptionInTheProgramIsOneLineAndExitCode2() {
    ProgramRun run =
        ProgramRun.withInput(failing(() -> new IllegalStateException("boom")), "validate", "-");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).isEqualTo(LastResort.INTERNAL_ERROR_LINE + System.lineSeparator());
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anErrorInTheProgramIsOneLineAndExitCode2() {
    ProgramRun overflow = ProgramRun.withInput(failing(StackOverflowError::new), "show", "-");
    ProgramRun memory =
        ProgramRun.withInput(failing(() -> new OutOfMemoryError("Java heap")), "validate", "-");

    assertThat(overflow.exit()).isEqualTo(2);
    assertThat(overflow.err()).isEqualTo(LastResort.INTERNAL_ERROR_LINE + System.lineSeparator());
    assertThat(memory.exit()).isEqualTo(2);
    assertThat(memory.err()).isEqualTo(LastResort.OUT_OF_MEMORY_LINE + System.lineSeparator());
  }

  @Test
  void theLinesNameNoJava() {
    assertThat(ProgramRun.JAVA.matcher(LastResort.INTERNAL_ERROR_LINE).find()).isFalse();
    assertThat(ProgramRun.JAVA.matcher(LastResort.OUT_OF_MEMORY_LINE).find()).isFalse();
  }

  /** Standard input whose every read throws what the supplier makes. */
  private static InputStream failing(Supplier<? extends Throwable> failure) {
    return new InputStream() {
      @Override
      public int read() {
        throw sneaky(failure.get());
      }
    };
  }

  private static RuntimeException sneaky(Throwable failure) {
    if (failure instanceof Error error) {
      throw error;
    }
    return (RuntimeException) failure;
  }
}
