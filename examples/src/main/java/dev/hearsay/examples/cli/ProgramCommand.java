package dev.hearsay.examples.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ParentCommand;

/** What every command of the program has: its streams, and the program it is part of. */
abstract class ProgramCommand implements Callable<Integer> {
  @ParentCommand private HearsayCli program;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Standard output, where the answer or the document goes. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The error stream, where problems go. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Where {@code -} is read from. */
  InputStream standardInput() {
    return program.standardInput();
  }

  /** This command's command line, for its usage and colour scheme. */
  CommandLine commandLine() {
    return spec.commandLine();
  }
}
