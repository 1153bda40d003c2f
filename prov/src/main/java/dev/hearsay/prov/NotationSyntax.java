package dev.hearsay.prov;

import java.util.ArrayList;
import java.util.List;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.TokenStream;
import org.openprovenance.prov.notation.PROV_NLexer;
import org.openprovenance.prov.notation.PROV_NParser;

/**
 * ProvToolbox's PROV-N lexer and parser, keeping their syntax errors: by themselves they log an
 * error and go on, and the tree they leave makes the conversion fail far from the cause.
 */
final class NotationSyntax {
  /** The most syntax errors an exception lists. */
  private static final int MAX_ERRORS = 5;

  private NotationSyntax() {}

  static final class Lexer extends PROV_NLexer {
    final Errors errors = new Errors();

    Lexer(CharStream input) {
      super(input);
    }

    @Override
    public void displayRecognitionError(String[] tokenNames, RecognitionException e) {
      errors.add(getErrorHeader(e) + " " + getErrorMessage(e, tokenNames));
    }
  }

  static final class Parser extends PROV_NParser {
    final Errors errors = new Errors();

    Parser(TokenStream input) {
      super(input);
    }

    @Override
    public void displayRecognitionError(String[] tokenNames, RecognitionException e) {
      errors.add(getErrorHeader(e) + " " + getErrorMessage(e, tokenNames));
    }
  }

  /** The first errors found, and how many there were. */
  static final class Errors {
    final List<String> first = new ArrayList<>();
    long count;

    void add(String error) {
      if (first.size() < MAX_ERRORS) {
        first.add(error);
      }
      count++;
    }
  }

  /** Throws with the first errors, if the lexer or the parser found any. */
  static void check(Lexer lexer, Parser parser) {
    long count = lexer.errors.count + parser.errors.count;
    if (count == 0) {
      return;
    }
    List<String> first = new ArrayList<>(lexer.errors.first);
    first.addAll(parser.errors.first);
    StringBuilder message =
        new StringBuilder("the PROV-N has ")
            .append(count == 1 ? "a syntax error" : count + " syntax errors")
            .append(": ");
    for (int i = 0; i < Math.min(first.size(), MAX_ERRORS); i++) {
      message.append(i == 0 ? "" : "; ").append(first.get(i));
    }
    if (count > MAX_ERRORS) {
      message.append("; ...");
    }
    throw new ProvImportException(message.toString());
  }
}
