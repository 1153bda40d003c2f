package dev.hearsay.benchmarks.limit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.benchmarks.Corpus;
import dev.hearsay.core.model.Dataset;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

class ModelTokensReaderTest {
  @Test
  void readsTheDatasetThatHearsaysReaderReads() {
    byte[] json = Corpus.json(Corpus.dataset(2_000));

    Dataset byHand = ModelTokensReader.read(new JsonFactory(), json);

    Dataset read = Corpus.hearsayMapper().readValue(json, Dataset.class);
    assertThat(byHand.claims()).hasSize(2_000);
    assertThat(byHand).isEqualTo(read);
  }
}
