package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Actor;
import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.ActorKind;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.DatasetMetadata;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openprovenance.prov.notation.ProvSerialiser;
import org.openprovenance.prov.vanilla.ProvFactory;

/**
 * PROV-N through ProvToolbox 2.2.1, whose writer leaves line breaks in strings as they are and
 * whose parser keeps escapes other than {@code \"}: the corrections that make texts and ids come
 * back as they were.
 */
class NotationTest {
  private static final ProvMapping MAPPING = new ProvMapping();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "line\nbreak",
        "carriage\rreturn",
        "back\\slash",
        "\\\"",
        "ends with \\",
        "\"quoted\"",
        "\\n is not a line break",
        "tab\there",
        "\u0001 control",
        "emoji 👍🏽",
        "''' and \"\"\""
      })
  void aTextComesBackAsItWas(String text) {
    Dataset dataset = dataset("a", text);

    Dataset read =
        MAPPING
            .fromProv(ProvFormat.PROV_N.read(ProvFormat.PROV_N.toBytes(MAPPING.toProv(dataset))))
            .dataset();

    assertThat(read).isEqualTo(dataset);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a.", "a..b", "a...", "a:b", "a.:", "a.:.:..:", "a-.", "a_:", "A.B.C"})
  void anIdWithDotsAndColonsComesBackAsItWas(String id) {
    Dataset dataset = dataset(id, "A");

    Dataset read =
        MAPPING
            .fromProv(ProvFormat.PROV_N.read(ProvFormat.PROV_N.toBytes(MAPPING.toProv(dataset))))
            .dataset();

    assertThat(read).isEqualTo(dataset);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a|a",
        "a.|a\\.",
        "a..b|a..b",
        "a...|a\\.\\.\\.",
        "a:b|a\\:b",
        "a.:|a\\.\\:",
        "a.b:|a.b\\:"
      })
  void aLocalPartIsEscapedWherePnNeedsIt(String local, String escaped) {
    assertThat(Names.escape(local)).isEqualTo(escaped);
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("plain", "plain"),
        Arguments.of("a\\\\b", "a\\b"),
        Arguments.of("a\\nb", "a\nb"),
        Arguments.of("a\\tb", "a\tb"),
        Arguments.of("a\\'b", "a'b"),
        Arguments.of("a\\qb", "a\\qb"),
        Arguments.of("ends\\", "ends\\"),
        Arguments.of("\\\\n", "\\n"));
  }

  @ParameterizedTest
  @MethodSource("escapes")
  void escapesThatProvToolboxLeavesAreDecoded(String read, String decoded) {
    assertThat(NotationStrings.unescape(read)).isEqualTo(decoded);
  }

  /** If ProvToolbox fixes its writer, {@link NotationWriter} may go. */
  @Test
  void provToolboxsOwnWriterLeavesALineBreakInAString() {
    Dataset dataset = dataset("a", "line\nbreak");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ProvSerialiser(ProvFactory.getFactory())
        .serialiseDocument(out, MAPPING.toProv(dataset), false);

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"line\nbreak\"");
    assertThat(ProvFormat.PROV_N.writeToString(MAPPING.toProv(dataset)))
        .doesNotContain("line\nbreak")
        .contains("\"line\\nbreak\"");
  }

  private static Dataset dataset(String actorId, String name) {
    return new Dataset.Builder()
        .metadata(new DatasetMetadata.Builder().title(name).build())
        .addActors(
            new Actor.Builder()
                .id(ActorId.of(actorId))
                .name(name)
                .kind(ActorKind.PERSON)
                .addAliases(name)
                .build())
        .build();
  }
}
