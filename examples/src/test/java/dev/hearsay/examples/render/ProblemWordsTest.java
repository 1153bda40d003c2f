package dev.hearsay.examples.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Jackson's and the library's messages in words for people, with no Java in them. */
class ProblemWordsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '¤',
      textBlock =
          """
      Unexpected character (''' (code 39)): was expecting double-quote to start property name | expected a field name in double quotes, found "'"
      Unexpected character ('x' (code 120)): was expecting comma to separate Object entries | expected ',' or '}' after a field, found 'x'
      Unexpected character ('x' (code 120)): was expecting comma to separate Array entries | expected ',' or ']' after a value, found 'x'
      Unexpected character ('"' (code 34)): was expecting a colon to separate property name and value | expected ':' after a field name, found '"'
      Unexpected character ('#' (code 35)): expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or 'false') | expected a value (an object, an array, a string, a number, true, false or null), found '#'
      Unexpected character ('/' (code 47)): maybe a (non-standard) comment? (not recognized as one since Feature 'ALLOW_COMMENTS' not enabled for parser) | found a comment, which JSON does not allow
      Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow numbers to have plus signs: enable `JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS` to allow | a number with a plus sign, which JSON does not allow
      Unexpected character ('g' (code 103)): expected a hex-digit for character escape sequence | expected four hexadecimal digits after \\u, found 'g'
      Unexpected character ('\u202e' (code 8238 / 0x202e)): was expecting double-quote to start property name | expected a field name in double quotes, found '\\u202e'
      Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow | 'NaN' is not a JSON number
      Invalid numeric value: Leading zeroes not allowed | a number with a leading zero, which JSON does not allow
      Illegal unquoted character ((CTRL-CHAR, code 27)): has to be escaped using backslash to be included in string value | an unescaped control character '\\u001b' inside a string; JSON needs it written as an escape
      Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is allowed between tokens | a control character '\\u0000' between values, where only spaces, tabs and line breaks may stand
      Unrecognized character escape 'x' (code 120) | a backslash before 'x', which is not an escape in JSON
      Unrecognized token 'tru': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') | 'tru' is not a JSON value
      Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset: #UNKNOWN]) | the input ends before the object is closed
      Unexpected end-of-input within/between Array entries | the input ends inside an array
      Unexpected end-of-input in VALUE_STRING | the input ends inside a string
      Unexpected close marker ']': expected '}' (for Object starting at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); byte offset: #UNKNOWN]) | found ']' where '}' should close the object
      Invalid UTF-8 start byte 0xff | not UTF-8 text: the byte 0xff cannot stand here
      Invalid UTF-32 character 0x6b6d756a (above 0x0010ffff) at char #0, byte #7) | not text in UTF-8, UTF-16 or UTF-32
      Trailing token (`JsonToken.START_OBJECT`) found after value (bound as `dev.hearsay.core.model.Dataset`): not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS` | more after the end of the dataset; a file holds one dataset
      Dataset: expected a dataset object, found an array | expected a dataset object, found an array
      places[p].coordinates: Non-standard token 'Infinity': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow | places[p].coordinates: 'Infinity' is not a JSON number
      actors[nyt].kind: 'mediaOutlet' is not an ActorKind; use one of person, organization | actors[nyt].kind: 'mediaOutlet' is not an actor kind; use one of person, organization
      relations[0].kind: 'refutes' is not a RelationKind; use one of supports | relations[0].kind: 'refutes' is not a relation kind; use one of supports
      hops[0].commitment: 'CT+' is not a Commitment; use one of certain | hops[0].commitment: 'CT+' is not a commitment; use one of certain
      metadata.created: Text '2024-02-30' could not be parsed: Invalid date 'FEBRUARY 30' | metadata.created: '2024-02-30' is not a date or time as ISO 8601 writes it: invalid date 'FEBRUARY 30'
      sources[s].retrievedAt: Text 'x' could not be parsed at index 0 | sources[s].retrievedAt: 'x' is not a date or time as ISO 8601 writes it
      claims[c].credibility: 7 is not an Admiralty credibility grade (1 to 6) | claims[c].credibility: 7 is not an Admiralty credibility grade (1 to 6)
      claims[c].id: 'StreamReadFeature' is not a valid id | claims[c].id: 'StreamReadFeature' is not a valid id
      claims[c].proposition: 'Unexpected end-of-input at the border' is said twice; keep one | claims[c].proposition: 'Unexpected end-of-input at the border' is said twice; keep one
      claims[c].quote: the exact text 'Text 'abc' could not be parsed' is not at 4..30 | claims[c].quote: the exact text 'Text 'abc' could not be parsed' is not at 4..30
      sources[s]: its text says Trailing token here, and Invalid numeric value: 3 there | sources[s]: its text says Trailing token here, and Invalid numeric value: 3 there
      """)
  void aMessageReadsAsWords(String message, String words) {
    assertThat(ProblemWords.of(message)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '¤',
      textBlock =
          """
      String value length (128871) exceeds the maximum allowed (100000, from `StreamReadConstraints.getMaxStringLength()`) | a string longer than the limit of 100,000 characters
      Number value length (2000) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`) | a number longer than the limit of 1,000 digits
      Name length (1024) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNameLength()`) | a field name longer than the limit of 1,000 characters
      Document nesting depth (33) exceeds the maximum allowed (32, from `StreamReadConstraints.getMaxNestingDepth()`) | values nested deeper than the limit of 32 levels
      Document length (100008000) exceeds the maximum allowed (100000000, from `StreamReadConstraints.getMaxDocumentLength()`) | the input has more than the limit of 100,000,000 bytes
      Token count (1000001) exceeds the maximum allowed (1000000, from `StreamReadConstraints.getMaxTokenCount()`) | more than the limit of 1,000,000 values
      Something new (5) exceeds the maximum allowed (4, from `StreamReadConstraints.getMaxNew()`) | the input breaks a read limit of 4
      """)
  void aReadLimitIsNamedByWhatItLimitsAndNotByHowFarTheReaderGot(String message, String words) {
    assertThat(ProblemWords.limit(message)).isEqualTo(words);
  }

  @Test
  void anUnknownFieldIsNamedWithItsObjectAndTheFieldItMostLikelyMeant() {
    assertThat(ProblemWords.unknownField(unknown("claims[c1].propositon", "propositon")))
        .isEqualTo("unknown field 'propositon' in claims[c1]; did you mean 'proposition'?");
    assertThat(ProblemWords.unknownField(unknown("claims[c1].colour", "colour")))
        .isEqualTo("unknown field 'colour' in claims[c1]");
    assertThat(ProblemWords.unknownField(unknown("notes", "notes")))
        .isEqualTo("unknown field 'notes' at the top level of the dataset");
  }

  @Test
  void aSuggestionFromTheLibraryIsKeptAndNotMadeTwice() {
    UnrecognizedPropertyException e =
        new UnrecognizedPropertyException(
            null,
            "claims[c1].propositon: 'propositon' is not a field of Claim; did you mean 'proposition'?",
            null,
            Claim.class,
            "propositon",
            null);

    assertThat(ProblemWords.unknownField(e))
        .isEqualTo("unknown field 'propositon' in claims[c1]; did you mean 'proposition'?");
  }

  @Test
  void fieldNamesThatTheLibraryKnowsComeFirst() {
    UnrecognizedPropertyException e =
        new UnrecognizedPropertyException(
            null,
            "x.colr: 'colr' is not a field of Claim",
            null,
            Claim.class,
            "colr",
            List.<Object>of("color", "proposition"));

    assertThat(ProblemWords.unknownField(e))
        .isEqualTo("unknown field 'colr' in x; did you mean 'color'?");
  }

  @Test
  void aHostileFieldNameIsCut() {
    String name = "\u001b".repeat(500);

    assertThat(ProblemWords.unknownField(unknown(name, name)))
        .startsWith("unknown field '\\u001b")
        .contains("… (467 more characters)")
        .doesNotContain("\u001b");
  }

  private static UnrecognizedPropertyException unknown(String path, String name) {
    String message =
        path
            + ": '"
            + name
            + "' is not a field of Claim; correct its name, or"
            + " disable DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES to skip unknown fields";
    return new UnrecognizedPropertyException(null, message, null, Claim.class, name, null);
  }
}
