package dev.hearsay.jackson;

import dev.hearsay.jackson.internal.read.Utf8Checks;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.io.InputDecorator;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper recommended for datasets from elsewhere: Jackson's read limits set for this format,
 * {@link HearsayModule}, unknown fields refused, so that a misspelt field name is an error rather
 * than silently skipped, and string values checked to be UTF-8 ({@link #utf8Checks()}). {@code
 * docs/json-format.md} gives the reason for each limit.
 *
 * <pre>{@code
 * JsonMapper mapper = HearsayMappers.recommended().build();
 * Dataset dataset = mapper.readValue(file, Dataset.class);
 * }</pre>
 *
 * <p>The builders can be changed further before they build: to read documents of a newer minor
 * version, which may add fields, disable {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}.
 */
public final class HearsayMappers {
  /**
   * The longest document the recommended mapper reads, in bytes or characters: 100,000,000. For
   * the stream reader, which reads documents far larger than the heap, pass a larger limit to
   * {@link #recommended(long)}.
   */
  public static final long MAX_DOCUMENT_LENGTH = 100_000_000L;

  private HearsayMappers() {}

  /**
   * A builder of the recommended mapper, which reads documents of up to {@link
   * #MAX_DOCUMENT_LENGTH}.
   *
   * @return a new builder
   * @throws IllegalStateException as {@link HearsayModule#HearsayModule()} does
   */
  public static JsonMapper.Builder recommended() {
    return recommended(MAX_DOCUMENT_LENGTH);
  }

  /**
   * A builder of the recommended mapper with another limit on the length of a document.
   *
   * @param maxDocumentLength the longest document read, in bytes or characters; 0 or less for no limit
   * @return a new builder
   * @throws IllegalStateException if the class path's {@code
   *     com.fasterxml.jackson.core:jackson-annotations} is older than Jackson 3.1 needs, as {@link
   *     HearsayModule#HearsayModule()} says
   */
  public static JsonMapper.Builder recommended(long maxDocumentLength) {
    // Before Jackson's builder, which would fail first without naming the fix.
    AnnotationsCheck.require();
    return JsonMapper.builder(
            JsonFactory.builder()
                .streamReadConstraints(readLimits(maxDocumentLength))
                .inputDecorator(utf8Checks())
                .build())
        .addModule(new HearsayModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }

  /**
   * Has a factory check that the bytes it parses are UTF-8, so that the Hearsay readers refuse a
   * string value that is not, with its path, line and column. Jackson checks the names of fields,
   * but reads the bytes of a value as the characters they would stand for: {@code "1\xC0\xAE0"}
   * would read as the version {@code 1.0}. The recommended mapper has it, and the stream reader
   * checks its input in any case; a mapper of your own has it when its factory does:
   *
   * <pre>{@code
   * JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
   *         .inputDecorator(HearsayMappers.utf8Checks())
   *         .build())
   *     .addModule(new HearsayModule())
   *     .build();
   * }</pre>
   *
   * <p>Bytes are checked as they are parsed, and only for the Hearsay readers; other values the
   * mapper reads are not affected. Input that is text already ({@code String}, {@code Reader}),
   * and documents in UTF-16 or UTF-32, are not checked.
   *
   * @return the decorator, for {@code JsonFactoryBuilder.inputDecorator}
   */
  public static InputDecorator utf8Checks() {
    return new Utf8Checks();
  }

  /**
   * The recommended read limits: nesting 32 deep (a dataset needs 7), strings of 100,000
   * characters (the model's longest text has 20,000), numbers and decimals of 1,000 characters,
   * field names of 1,000 characters.
   *
   * @param maxDocumentLength the longest document read, in bytes or characters; 0 or less for no limit
   * @return the limits
   */
  public static StreamReadConstraints readLimits(long maxDocumentLength) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(32)
        .maxStringLength(100_000)
        .maxNumberLength(1_000)
        .maxNameLength(1_000)
        .build();
  }
}
