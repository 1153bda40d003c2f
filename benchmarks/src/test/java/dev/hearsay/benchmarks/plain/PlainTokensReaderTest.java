package dev.hearsay.benchmarks.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.benchmarks.Corpus;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

class PlainTokensReaderTest {
  @Test
  void readsTheSameRecordsAsDatabind() {
    byte[] json = Corpus.json(Corpus.dataset(2_000));

    PlainDataset byHand = PlainTokensReader.read(new JsonFactory(), json);

    PlainDataset bound = Corpus.plainMapper().readValue(json, PlainDataset.class);
    assertThat(byHand.claims()).hasSize(2_000);
    assertThat(byHand).isEqualTo(bound);
  }

  @Test
  void skipsAFieldTheRecordsDoNotHave() {
    byte[] json =
        """
        {"schemaVersion":"1.1","extra":{"a":[1,{"b":2}]},
         "relations":[{"from":"c1","unknown":[3],"kind":"supports","to":"c2"}]}
        """
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    PlainDataset read = PlainTokensReader.read(new JsonFactory(), json);

    assertThat(read.schemaVersion()).isEqualTo("1.1");
    assertThat(read.relations())
        .containsExactly(new PlainDataset.Relation("c1", "supports", "c2", null));
  }
}
