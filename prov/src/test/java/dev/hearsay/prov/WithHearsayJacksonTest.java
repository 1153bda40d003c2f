package dev.hearsay.prov;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hearsay.core.model.Dataset;
import dev.hearsay.jackson.HearsayModule;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * hearsay-prov beside hearsay-jackson in one application: ProvToolbox brings Jackson 2.17.1, whose
 * annotations are too old for Jackson 3.1; hearsay-prov declares the annotations Jackson 3 needs,
 * so that both work, in one class path, on one dataset.
 */
class WithHearsayJacksonTest {
  @Test
  void theAnnotationsOnTheClassPathAreTheOnesJackson3Needs() throws Exception {
    Class<?> annotation = Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs");

    assertThat(annotation.isAnnotation()).isTrue();
  }

  @Test
  void jackson3ReadsTheJsonFormAndProvToolboxsJackson2WritesAndReadsItsProv() throws Exception {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    Dataset dataset;
    try (InputStream in = getClass().getResourceAsStream(WorkedDataset.RESOURCE)) {
      dataset = mapper.readValue(in, Dataset.class);
    }
    ProvMapping mapping = new ProvMapping();

    Dataset back =
        mapping
            .fromProv(ProvFormat.JSON_LD.read(ProvFormat.JSON_LD.toBytes(mapping.toProv(dataset))))
            .dataset();

    assertThat(mapper.writeValueAsString(back)).isEqualTo(mapper.writeValueAsString(dataset));
  }
}
