package dev.hearsay.examples.cli;

import dev.hearsay.core.model.Claim;
import dev.hearsay.core.model.Dataset;
import dev.hearsay.core.model.Quote;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.SourceText;
import dev.hearsay.examples.render.SafeText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts of sources that {@code validate --text SOURCE=FILE} names, and the check of a
 * dataset's quotes against them.
 */
final class SourceTexts {
  /** The largest text file read, as for datasets. */
  static final long LIMIT = DatasetFiles.MAX_DOCUMENT_LENGTH;

  private final Map<SourceId, SourceText> texts;

  private SourceTexts(Map<SourceId, SourceText> texts) {
    this.texts = texts;
  }

  /** What reading the texts gave: the texts, or the one problem that stopped it. */
  sealed interface Loading permits Loaded, Failed {}

  /** The texts, read. */
  record Loaded(SourceTexts texts) implements Loading {}

  /** A text that could not be read, in words. */
  record Failed(String problem) implements Loading {}

  /** Reads the text of each source, as UTF-8. */
  static Loading read(Map<String, String> files) {
    Map<SourceId, SourceText> texts = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : files.entrySet()) {
      String name = entry.getKey();
      SourceId source;
      try {
        source = SourceId.of(name);
      } catch (IllegalArgumentException e) {
        return new Failed("--text " + SafeText.value(name) + ": not a source id");
      }
      String shown = SafeText.value(entry.getValue());
      try {
        Path file = Path.of(entry.getValue());
        if (Files.isDirectory(file)) {
          return new Failed(shown + ": a directory, not a file");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
          // Read up to the limit, since a device or a pipe has no size to check first.
          bytes = in.readNBytes((int) LIMIT + 1);
        }
        if (bytes.length > LIMIT) {
          return new Failed(
              shown
                  + ": the text has more than the limit of "
                  + String.format(java.util.Locale.ROOT, "%,d", LIMIT)
                  + " bytes");
        }
        String text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        texts.put(source, SourceText.of(source, text));
      } catch (NoSuchFileException e) {
        return new Failed(shown + ": no such file");
      } catch (CharacterCodingException e) {
        return new Failed(shown + ": the text is not UTF-8");
      } catch (InvalidPathException e) {
        return new Failed(shown + ": not a file name this system allows");
      } catch (IOException e) {
        return new Failed(shown + ": cannot be read");
      }
    }
    return new Loaded(new SourceTexts(texts));
  }

  /** Whether any text was given. */
  boolean isEmpty() {
    return texts.isEmpty();
  }

  /**
   * The problems of a dataset's quotes against the texts, each with the quote's path, and of
   * texts given for sources the dataset does not have.
   */
  List<String> problems(Dataset dataset) {
    List<String> problems = new ArrayList<>();
    for (SourceId source : texts.keySet()) {
      if (dataset.source(source).isEmpty()) {
        problems.add(
            "--text " + source + ": no source has the id '" + source + "' in this dataset");
      }
    }
    for (Claim claim : dataset.claims()) {
      if (claim.quote().isEmpty()) {
        continue;
      }
      Quote quote = claim.quote().get();
      SourceText text = texts.get(quote.source());
      if (text != null) {
        for (String problem : text.check(quote)) {
          problems.add("claims[" + claim.id() + "].quote: " + problem);
        }
      }
    }
    return problems;
  }

  /** How many of a dataset's quotes are of a source whose text was given. */
  long quotesChecked(Dataset dataset) {
    return dataset.claims().stream()
        .filter(c -> c.quote().isPresent() && texts.containsKey(c.quote().get().source()))
        .count();
  }
}
