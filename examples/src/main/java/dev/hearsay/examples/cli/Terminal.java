package dev.hearsay.examples.cli;

import picocli.CommandLine.Help.Ansi;

/** Whether the program may colour its output. */
final class Terminal {
  private Terminal() {}

  /**
   * Colour only on an interactive terminal, and never when {@code NO_COLOR} is set to a non-empty
   * value (see no-color.org).
   */
  static Ansi ansi() {
    String noColor = System.getenv("NO_COLOR");
    boolean disabled = noColor != null && !noColor.isEmpty();
    return System.console() != null && !disabled ? Ansi.ON : Ansi.OFF;
  }

  /** The given choice, with {@link Ansi#AUTO} resolved as {@link #ansi()} does. */
  static Ansi resolve(Ansi choice) {
    return choice == Ansi.AUTO ? ansi() : choice;
  }
}
