package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jackson's messages, said for people: no names of Jackson's settings, and no lengths that
 * Jackson measured only as far as it read.
 */
class PlainWordsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "String value length (127421) exceeds the maximum allowed (100000, from"
            + " `StreamReadConstraints.getMaxStringLength()`)"
            + "|is a text of more than 100000 characters, the longest this reader takes",
        "Number value length (2001) exceeds the maximum allowed (1000, from"
            + " `StreamReadConstraints.getMaxNumberLength()`)"
            + "|is a number of more than 1000 characters, the longest this reader takes",
        "Name length (1001) exceeds the maximum allowed (1000, from"
            + " `StreamReadConstraints.getMaxNameLength()`)"
            + "|has a field name of more than 1000 characters, the longest this reader takes",
        "Document nesting depth (33) exceeds the maximum allowed (32, from"
            + " `StreamReadConstraints.getMaxNestingDepth()`)"
            + "|nests arrays and objects more than 32 deep, the deepest this reader takes",
        "Document length (100000001) exceeds the maximum allowed (100000000, from"
            + " `StreamReadConstraints.getMaxDocumentLength()`)"
            + "|the document is longer than 100000000 bytes or characters, the longest this reader"
            + " takes",
        "Something else (5) exceeds the maximum allowed (4, from `StreamReadConstraints.other()`)"
            + "|Something else (5) exceeds the maximum allowed (4)"
      })
  void readLimitsGiveTheLimitAndNoLength(String jackson, String plain) {
    assertThat(PlainWords.limit(jackson)).isEqualTo(plain);
  }

  /** Jackson's message and the plain one, apart at the '|'. */
  private static final String[] SYNTAX = {
    "Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow"
        + "|'NaN' is not a value in JSON",
    "Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as"
        + " one since Feature 'ALLOW_COMMENTS' not enabled for parser)"
        + "|JSON has no comments; remove the comment",
    "Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries"
        + "|Unexpected character '\"': was expecting comma to separate Object entries",
    "Unexpected character (''' (code 39)): was expecting double-quote to start property name"
        + "|Unexpected character \"'\": was expecting double-quote to start property name",
    "Illegal unquoted character ((CTRL-CHAR, code 7)): has to be escaped using backslash to be"
        + " included in string value"
        + "|a string holds a control character as it is; write it as the escape \\u0007",
    "Illegal unquoted character ((CTRL-CHAR, code 10)): has to be escaped using backslash to be"
        + " included in string value"
        + "|a string goes on past the end of its line; end it with '\"', or write a line break"
        + " as \\n",
    "Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token"
        + " 'null', 'true' or 'false')"
        + "|Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or"
        + " token 'null', 'true' or 'false')",
    "Unexpected end-of-input within/between Object entries"
        + "|Unexpected end-of-input within/between Object entries",
    "Leading zeroes not allowed: enable `JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS` to"
        + " allow|Leading zeroes not allowed"
  };

  static Stream<Arguments> brokenJson() {
    return Stream.of(SYNTAX)
        .map(
            pair -> {
              int bar = pair.indexOf('|');
              return Arguments.of(pair.substring(0, bar), pair.substring(bar + 1));
            });
  }

  @ParameterizedTest
  @MethodSource("brokenJson")
  void brokenJsonIsSaidWithoutJacksonsSettings(String jackson, String plain) {
    assertThat(PlainWords.syntax(jackson)).isEqualTo(plain);
  }
}
