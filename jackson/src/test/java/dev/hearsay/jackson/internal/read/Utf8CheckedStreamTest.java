package dev.hearsay.jackson.internal.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stream finds every byte sequence that RFC 3629 does not allow, and where it starts, whatever
 * the sizes of the reads that pass over it.
 */
class Utf8CheckedStreamTest {
  /** The errors found in bytes read in reads of the given size. */
  private static List<Utf8Error> errors(byte[] bytes, int readSize) throws IOException {
    Utf8CheckedStream stream = new Utf8CheckedStream(new ByteArrayInputStream(bytes));
    byte[] buffer = new byte[readSize];
    while (stream.read(buffer, 0, readSize) >= 0) {
      // read to the end
    }
    List<Utf8Error> errors = new ArrayList<>();
    for (Utf8Error e = stream.errorBefore(Long.MAX_VALUE);
        e != null;
        e = stream.errorBefore(Long.MAX_VALUE)) {
      errors.add(e);
    }
    return errors;
  }

  private static byte[] bytes(String prefix, String hex, String suffix) {
    byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
    byte[] middle = HexFormat.of().parseHex(hex.replace(" ", ""));
    byte[] end = suffix.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[start.length + middle.length + end.length];
    System.arraycopy(start, 0, all, 0, start.length);
    System.arraycopy(middle, 0, all, start.length, middle.length);
    System.arraycopy(end, 0, all, start.length + middle.length, end.length);
    return all;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C3 A9",
        "E2 82 AC",
        "F0 9D 84 9E",
        "EF BB BF",
        "ED 9F BF",
        "EE 80 80",
        "F4 8F BF BF",
        "DF BF",
        "E0 A0 80",
        "F0 90 80 80",
        "C2 80",
        "7F",
        "00"
      })
  void wellFormedCharactersPass(String hex) throws IOException {
    for (int size : new int[] {1, 2, 3, 8192}) {
      assertThat(errors(bytes("{\"a\":\"x", hex, "\"}"), size))
          .as("%s in reads of %d", hex, size)
          .isEmpty();
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "C1 B4|the bytes C1 B4 write 't' (U+0074) in 2 bytes, where UTF-8 writes it in 1: an"
            + " overlong form, which UTF-8 does not allow",
        "C0 AF|the bytes C0 AF write '/' (U+002F) in 2 bytes, where UTF-8 writes it in 1: an"
            + " overlong form, which UTF-8 does not allow",
        "E0 80 AF|the bytes E0 80 AF write '/' (U+002F) in 3 bytes, where UTF-8 writes it in 1: an"
            + " overlong form, which UTF-8 does not allow",
        "F0 82 82 AC|the bytes F0 82 82 AC write U+20AC in 4 bytes, where UTF-8 writes it in 3: an"
            + " overlong form, which UTF-8 does not allow",
        "ED A0 80|the bytes ED A0 80 write U+D800, half of a UTF-16 surrogate pair, which is not a"
            + " character",
        "F4 90 80 80|the bytes F4 90 80 80 write U+110000, beyond U+10FFFF, the last code point"
            + " there is",
        "F5 80 80 80|the bytes F5 80 80 80 write U+140000, beyond U+10FFFF, the last code point"
            + " there is",
        "F8|the byte F8 never occurs in UTF-8",
        "FF|the byte FF never occurs in UTF-8",
        "C0 A0|the bytes C0 A0 write U+0020 in 2 bytes, where UTF-8 writes it in 1: an overlong"
            + " form, which UTF-8 does not allow",
        "C1 BF|the bytes C1 BF write U+007F in 2 bytes, where UTF-8 writes it in 1: an overlong"
            + " form, which UTF-8 does not allow",
        "ED BF BF|the bytes ED BF BF write U+DFFF, half of a UTF-16 surrogate pair, which is not a"
            + " character",
        "F7 BF BF BF|the bytes F7 BF BF BF write U+1FFFFF, beyond U+10FFFF, the last code point"
            + " there is",
        "80|the byte 80 continues a character that has not begun",
        "BF|the byte BF continues a character that has not begun",
        "E2 82 41|the character that E2 82 begins is cut short by the byte 41",
        "C3 C3 A9|the character that C3 begins is cut short by the byte C3"
      })
  void everyIllFormedSequenceIsFoundWhereItStarts(String hex, String problem) throws IOException {
    for (int size : new int[] {1, 2, 3, 8192}) {
      List<Utf8Error> errors = errors(bytes("{\n \"a\":\"xy", hex, "z\"}"), size);

      assertThat(errors)
          .as("%s in reads of %d", hex, size)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.problem()).isEqualTo(problem);
                assertThat(e.offset()).isEqualTo(10);
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.column()).isEqualTo(9);
              });
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4, 8192})
  void aCharacterCutShortByTheEndOfTheInputIsFound(int size) throws IOException {
    assertThat(errors(bytes("\"", "E2 82", ""), size))
        .singleElement()
        .extracting(Utf8Error::problem)
        .isEqualTo("the character that E2 82 begins is cut short by the end of the input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16BE", "UTF-16LE", "UTF-16", "UTF-32BE", "UTF-32LE"})
  void documentsInUtf16AndUtf32PassUnchecked(String charset) throws IOException {
    byte[] bytes = "{\"a\":\"é€𝄞\"}".getBytes(java.nio.charset.Charset.forName(charset));

    assertThat(errors(bytes, 8192)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 5, 8192})
  void singleBytesAndSkipsAreCheckedToo(int skip) throws IOException {
    byte[] bytes = bytes("abcdefgh", "C1 B4", "ij");
    InputStream stream = new Utf8CheckedStream(new ByteArrayInputStream(bytes));
    assertThat(stream.read()).isEqualTo('a');
    stream.skip(skip);
    while (stream.read() >= 0) {
      // read to the end
    }

    Utf8Error error = ((Utf8CheckedStream) stream).errorBefore(Long.MAX_VALUE);
    assertThat(error).isNotNull();
    assertThat(error.offset()).isEqualTo(8);
    assertThat(((Utf8CheckedStream) stream).errorBefore(Long.MAX_VALUE)).isNull();
  }

  /** The errors found in bytes read one at a time, the check of every byte on its own. */
  private static List<Utf8Error> errorsByteByByte(byte[] bytes) throws IOException {
    Utf8CheckedStream stream = new Utf8CheckedStream(new ByteArrayInputStream(bytes));
    while (stream.read() >= 0) {
      // read to the end
    }
    List<Utf8Error> errors = new ArrayList<>();
    for (Utf8Error e = stream.errorBefore(Long.MAX_VALUE);
        e != null;
        e = stream.errorBefore(Long.MAX_VALUE)) {
      errors.add(e);
    }
    return errors;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 7, 64, 8192})
  void readsOfAnySizeFindWhatByteByByteReadsFind(int readSize) throws IOException {
    java.util.Random random = new java.util.Random(readSize);
    byte[][] pieces = {
      "ab".getBytes(StandardCharsets.UTF_8),
      "\n".getBytes(StandardCharsets.UTF_8),
      "é€𝄞".getBytes(StandardCharsets.UTF_8),
      HexFormat.of().parseHex("C1B4"),
      HexFormat.of().parseHex("E282"),
      HexFormat.of().parseHex("80"),
      HexFormat.of().parseHex("EDA080"),
      HexFormat.of().parseHex("F5"),
    };
    for (int round = 0; round < 200; round++) {
      java.io.ByteArrayOutputStream document = new java.io.ByteArrayOutputStream();
      document.writeBytes("{\"a\":".getBytes(StandardCharsets.UTF_8));
      int count = random.nextInt(40);
      for (int i = 0; i < count; i++) {
        document.writeBytes(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = document.toByteArray();

      assertThat(errors(bytes, readSize))
          .as(HexFormat.of().formatHex(bytes))
          .isEqualTo(errorsByteByByte(bytes));
    }
  }

  @ParameterizedTest
  @CsvSource({"FE FF 4E 2D", "FF FE 2D 4E", "FE FF"})
  void aByteOrderMarkOfUtf16AloneLetsTheDocumentPassUnchecked(String hex) throws IOException {
    assertThat(errors(bytes("", hex, ""), 8192)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"FE 41 42 43, FE", "FF 41 42 43, FF", "FE FE 42 43, FE", "FF FF 42 43, FF"})
  void aByteThatOnlyLooksLikeTheStartOfAByteOrderMarkIsChecked(String hex, String first)
      throws IOException {
    assertThat(errors(bytes("", hex, ""), 8192))
        .extracting(Utf8Error::problem)
        .first()
        .isEqualTo("the byte " + first + " never occurs in UTF-8");
  }

  @org.junit.jupiter.api.Test
  void aZeroByteAfterTheStartIsCountedLikeAnyOtherWhenReadAlone() throws IOException {
    Utf8CheckedStream stream =
        new Utf8CheckedStream(new ByteArrayInputStream(bytes("abcd", "00 C1 B4", "")));
    while (stream.read() >= 0) {
      // read to the end
    }

    assertThat(stream.errorBefore(Long.MAX_VALUE))
        .extracting(Utf8Error::offset, Utf8Error::column)
        .containsExactly(5L, 6);
  }

  @org.junit.jupiter.api.Test
  void aReadOfNoBytesInsideACharacterIsNotItsEnd() throws IOException {
    Utf8CheckedStream stream =
        new Utf8CheckedStream(new ByteArrayInputStream(bytes("{\"a\":\"", "E2 82 AC", "\"}")));
    byte[] buffer = new byte[16];
    assertThat(stream.read(buffer, 0, 7)).isEqualTo(7);
    assertThat(stream.read(buffer, 0, 0)).isZero();
    while (stream.read(buffer, 0, buffer.length) >= 0) {
      // read to the end
    }

    assertThat(stream.errorBefore(Long.MAX_VALUE)).isNull();
  }

  @org.junit.jupiter.api.Test
  void skipsAsManyBytesAsAskedWhenThereAreThatMany() throws IOException {
    byte[] bytes = new byte[20_000];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) ('a' + i % 26);
    }
    InputStream stream = new Utf8CheckedStream(new ByteArrayInputStream(bytes));

    assertThat(stream.skip(3)).isEqualTo(3);
    assertThat(stream.read()).isEqualTo('a' + 3);
    assertThat(stream.skip(10_000)).isEqualTo(10_000);
    assertThat(stream.read()).isEqualTo('a' + 10_004 % 26);
    assertThat(stream.skip(20_000)).isEqualTo(20_000 - 10_005);
    assertThat(stream.read()).isEqualTo(-1);
  }

  @org.junit.jupiter.api.Test
  void doesNotOfferMarkAndReset() {
    assertThat(new Utf8CheckedStream(new ByteArrayInputStream(new byte[1])).markSupported())
        .isFalse();
  }

  @org.junit.jupiter.api.Test
  void anErrorIsTakenOnlyOnceTheParserHasPassedItsFirstByte() throws IOException {
    Utf8CheckedStream stream =
        new Utf8CheckedStream(new ByteArrayInputStream(bytes("\"abc", "C1 B4", "\"")));
    stream.readAllBytes();

    assertThat(stream.errorBefore(4)).isNull();
    assertThat(stream.errorBefore(5)).extracting(Utf8Error::offset).isEqualTo(4L);
    assertThat(stream.errorBefore(Long.MAX_VALUE)).isNull();
  }

  @org.junit.jupiter.api.Test
  void keepsTheFirstThousandErrorsOnly() throws IOException {
    byte[] continuations = new byte[Utf8CheckedStream.KEPT + 100];
    java.util.Arrays.fill(continuations, (byte) 0x80);

    List<Utf8Error> errors = errors(continuations, 8192);

    assertThat(errors).hasSize(Utf8CheckedStream.KEPT);
    assertThat(errors.get(errors.size() - 1).offset()).isEqualTo(Utf8CheckedStream.KEPT - 1);
  }
}
