package dev.hearsay.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hearsay.core.model.Dataset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A string value whose bytes are not UTF-8 is refused with its path and the line and column of the
 * first bad byte, by the recommended mapper, by a mapper that has the check, and by the stream
 * reader with any mapper; Jackson alone would read {@code "1\xC0\xAE0"} as the version 1.0.
 */
class Utf8ValuesTest {
  private static final JsonMapper RECOMMENDED = BadInputCatalogueTest.RECOMMENDED;

  /** A mapper of a caller's own, with the check and Jackson's defaults otherwise. */
  private static final JsonMapper CHECKED =
      JsonMapper.builder(JsonFactory.builder().inputDecorator(HearsayMappers.utf8Checks()).build())
          .addModule(new HearsayModule())
          .build();

  /** The text with each {@code <HEX HEX>} replaced by those bytes. */
  static byte[] bytes(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    for (int open = text.indexOf('<'); open >= 0; open = text.indexOf('<', at)) {
      out.writeBytes(text.substring(at, open).getBytes(StandardCharsets.UTF_8));
      int close = text.indexOf('>', open);
      out.writeBytes(HexFormat.of().parseHex(text.substring(open + 1, close).replace(" ", "")));
      at = close + 1;
    }
    out.writeBytes(text.substring(at).getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static final String OUTLET =
      "{\"schemaVersion\": \"1.1\",\n"
          + "\"metadata\": {\"title\": \"t\"},\n"
          + "\"actors\": [{\"id\": \"unnamed-outle<C1 B4>\", \"name\": \"Outlet\", \"kind\": \"unknown\"}]}";

  private static void assertRefused(Throwable thrown, String message, int line, int column) {
    assertThat(thrown).isInstanceOf(StreamReadException.class);
    StreamReadException e = (StreamReadException) thrown;
    assertThat(e.getOriginalMessage()).isEqualTo(message);
    assertThat(e.getLocation().getLineNr()).isEqualTo(line);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(column);
  }

  private static Throwable streamed(JsonMapper mapper, byte[] json) {
    return catchThrowable(
        () -> {
          try (DatasetStreamReader reader =
              DatasetStreamReader.open(mapper, new ByteArrayInputStream(json))) {
            reader.finish();
          }
        });
  }

  @Test
  void anOverlongFormInAnIdIsRefusedByEveryReaderThatChecks() {
    byte[] json = bytes(OUTLET);
    String message =
        "actors[0].id: is not valid UTF-8: the bytes C1 B4 write 't' (U+0074) in 2"
            + " bytes, where UTF-8 writes it in 1: an overlong form, which UTF-8 does not allow";

    for (Throwable thrown :
        List.of(
            catchThrowable(() -> RECOMMENDED.readValue(json, Dataset.class)),
            catchThrowable(
                () -> RECOMMENDED.readValue(new ByteArrayInputStream(json), Dataset.class)),
            catchThrowable(() -> CHECKED.readValue(json, Dataset.class)),
            streamed(Json.MAPPER, json),
            streamed(RECOMMENDED, json))) {
      assertRefused(thrown, message, 3, 33);
    }
  }

  @Test
  void aVersionWrittenWithAnOverlongPointIsNotVersion10() {
    byte[] json = bytes("{\"schemaVersion\": \"1<C0 AE>0\", \"metadata\": {\"title\": \"t\"}}");

    assertRefused(
        catchThrowable(() -> RECOMMENDED.readValue(json, Dataset.class)),
        "schemaVersion: is not valid UTF-8: the bytes C0 AE write '.' (U+002E) in 2 bytes, where"
            + " UTF-8 writes it in 1: an overlong form, which UTF-8 does not allow",
        1,
        21);
  }

  @Test
  void bytesBeyondTheLastCodePointAreRefused() {
    byte[] json =
        bytes("{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t<F5 80 80 80>\"}}");

    assertRefused(
        streamed(Json.MAPPER, json),
        "metadata.title: is not valid UTF-8: the bytes F5"
            + " 80 80 80 write U+140000, beyond U+10FFFF, the last code point there is",
        1,
        50);
  }

  @Test
  void aSkippedUnknownFieldIsCheckedToo() {
    JsonMapper lenient =
        RECOMMENDED.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    byte[] json =
        bytes(
            "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\","
                + " \"colour\": \"r<E0 80 AF>d\"}}");

    Throwable thrown = catchThrowable(() -> lenient.readValue(json, Dataset.class));

    assertRefused(
        thrown,
        "metadata.colour: is not valid UTF-8: the bytes E0 80 AF write '/'"
            + " (U+002F) in 3 bytes, where UTF-8 writes it in 1: an overlong form, which UTF-8 does"
            + " not allow",
        1,
        65);
  }

  @Test
  void aFieldBeforeTheVersionIsCheckedWhenItIsKept() {
    byte[] json =
        bytes(
            "{\"actors\": [{\"id\": \"a\", \"name\": \"A<C0 80>\", \"kind\": \"person\"}],"
                + " \"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"}}");

    assertThat(
            ((StreamReadException) catchThrowable(() -> RECOMMENDED.readValue(json, Dataset.class)))
                .getOriginalMessage())
        .startsWith("actors[0]: is not valid UTF-8: the bytes C0 80 write U+0000 in 2 bytes");
  }

  @Test
  void wellFormedTextOfEveryLengthReads() {
    byte[] json =
        bytes(
            "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"Андрій Єрмак €"
                + " 𝄞 é\"}}");

    assertThat(RECOMMENDED.readValue(json, Dataset.class).metadata().title())
        .isEqualTo("Андрій Єрмак € 𝄞 é");
    assertThat(streamed(Json.MAPPER, json)).isNull();
  }

  @Test
  void aDocumentInUtf16ReadsThroughTheCheck() {
    byte[] json =
        "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"Єрмак\"}}"
            .getBytes(StandardCharsets.UTF_16);

    assertThat(RECOMMENDED.readValue(json, Dataset.class).metadata().title()).isEqualTo("Єрмак");
  }

  @Test
  void anUnknownFieldRefusedByAStrictMapperIsCheckedAtItsOwnPath() {
    byte[] json =
        bytes(
            "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\","
                + " \"colour\": \"r<E0 80 AF>d\", \"license\": \"CC0-1.0\"}}");

    assertRefused(
        catchThrowable(() -> RECOMMENDED.readValue(json, Dataset.class)),
        "metadata.colour: is not valid UTF-8: the bytes E0 80 AF write '/'"
            + " (U+002F) in 3 bytes, where UTF-8 writes it in 1: an overlong form, which UTF-8 does"
            + " not allow",
        1,
        65);
  }

  @Test
  void aReferenceThatReadsAsAnIdSeenBeforeIsCheckedToo() {
    byte[] json =
        bytes(
            "{\"schemaVersion\": \"1.1\", \"metadata\": {\"title\": \"t\"},\n"
                + "\"actors\": [{\"id\": \"nyt\", \"name\": \"N\", \"kind\": \"media_outlet\"}],\n"
                + "\"claims\": [{\"id\": \"c\", \"proposition\": \"P.\", \"attribution\":"
                + " [[{\"actor\": \"ny<C1 B4>\", \"mode\": \"paraphrase\", \"commitment\":"
                + " \"certain\"}]]}]}");
    String message =
        "claims[c].attribution[0][0].actor: is not valid UTF-8: the bytes C1 B4 write 't'"
            + " (U+0074) in 2 bytes, where UTF-8 writes it in 1: an overlong form, which UTF-8 does"
            + " not allow";

    assertRefused(catchThrowable(() -> RECOMMENDED.readValue(json, Dataset.class)), message, 3, 75);
    assertRefused(streamed(Json.MAPPER, json), message, 3, 75);
  }
}
