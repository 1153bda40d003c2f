package dev.hearsay.jackson;

import dev.hearsay.jackson.internal.read.HearsayDeserializers;
import dev.hearsay.jackson.internal.write.HearsaySerializers;
import java.io.InputStream;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;

/**
 * Reads and writes every value of {@code dev.hearsay.core} in Hearsay's versioned JSON form: a
 * dataset document that names its {@code schemaVersion}, fields named as the model's accessors
 * (written in their order, read in any order), times as EDTF text, decimals as exact strings.
 *
 * <p>Reading builds every value through its public builder, so every check of the model runs on
 * every read. A dataset document with problems fails once, with an {@link
 * InvalidDatasetException} that lists every problem found, each a {@link Problem} with the path in
 * the dataset, written as the model's violations write it ({@code
 * claims[c-trucks].attribution[0][1].actor}), the line and column, and a message for people:
 * values that cannot be read, and the violations of the dataset's rules. Broken JSON and the
 * mapper's read limits stop the reading with Jackson's own exception types. A value read alone
 * fails at its first problem, with Jackson's own exceptions. Unknown fields fail or are skipped as
 * the mapper's {@link tools.jackson.databind.DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}
 * says.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *     .addModule(new HearsayModule())
 *     .build();
 * String json = mapper.writeValueAsString(dataset);
 * Dataset read = mapper.readValue(json, Dataset.class); // equals dataset
 * }</pre>
 *
 * <p>Jackson 3.1 needs {@code com.fasterxml.jackson.core:jackson-annotations} 2.21 or later. The
 * module checks it when it is created, and fails with a message that names the fix; a mapper
 * builder created before the module fails first, with Jackson's {@code NoClassDefFoundError:
 * com/fasterxml/jackson/annotation/JsonSerializeAs}.
 *
 * <p>The module also reads and writes the documents of a corpus: the links document ({@link
 * dev.hearsay.core.corpus.Links}, refused with an {@link InvalidLinksException}) and a manifest
 * with its datasets and links inline ({@link dev.hearsay.core.corpus.Corpus}, refused with an
 * {@link InvalidCorpusException}); {@link CorpusFiles} reads a corpus from files and JSON Lines.
 *
 * <p>The module is also found by {@code findAndAddModules()}. For datasets too large to hold in
 * memory, see {@link DatasetStreamReader} and {@link DatasetStreamWriter}.
 */
public final class HearsayModule extends JacksonModule {
  /**
   * The class-path name of the JSON Schema (draft 2020-12) of the dataset document, version 1:
   * {@value}. Read it with {@link #openJsonSchema()}, which works on the module path too.
   */
  public static final String JSON_SCHEMA_RESOURCE =
      "/dev/hearsay/jackson/hearsay-dataset-1.schema.json";

  /**
   * The name of the context attribute that sets how many problems a dataset reader reports, as a
   * whole document or as a stream: {@value}. Its value is an {@link Integer} of at least 1; without
   * it, {@link dev.hearsay.core.model.Dataset#DEFAULT_MAX_VIOLATIONS}. Problems beyond the limit
   * are counted, not kept, so that a document that breaks the rules millions of times is reported
   * in little memory. Set it for one read or for every read of a mapper:
   *
   * <pre>{@code
   * Dataset dataset = mapper.readerFor(Dataset.class)
   *     .withAttribute(HearsayModule.MAX_PROBLEMS, 10_000)
   *     .readValue(file);
   *
   * JsonMapper mapper = JsonMapper.builder()
   *     .addModule(new HearsayModule())
   *     .defaultAttributes(ContextAttributes.getEmpty()
   *         .withSharedAttribute(HearsayModule.MAX_PROBLEMS, 10_000))
   *     .build();
   * }</pre>
   */
  public static final String MAX_PROBLEMS = "dev.hearsay.maxProblems";

  /**
   * Creates the module.
   *
   * @throws IllegalStateException if the class path's {@code
   *     com.fasterxml.jackson.core:jackson-annotations} is older than 2.21, which Jackson 3.1
   *     needs (an application on Jackson 2 may bring an older one); the message names the fix
   */
  public HearsayModule() {
    AnnotationsCheck.require();
  }

  @Override
  public String getModuleName() {
    return "hearsay";
  }

  @Override
  public Version version() {
    return PackageVersion.VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(new HearsaySerializers());
    context.addDeserializers(new HearsayDeserializers());
  }

  /**
   * Opens the JSON Schema of the dataset document shipped in this jar, {@link
   * #JSON_SCHEMA_RESOURCE}.
   *
   * @return the schema's UTF-8 bytes; the caller closes the stream
   */
  public static InputStream openJsonSchema() {
    InputStream in = HearsayModule.class.getResourceAsStream(JSON_SCHEMA_RESOURCE);
    if (in == null) {
      throw new IllegalStateException(JSON_SCHEMA_RESOURCE + " is missing from the jar");
    }
    return in;
  }
}
