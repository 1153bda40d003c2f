package dev.hearsay.jackson;

import dev.hearsay.core.model.ActorId;
import tools.jackson.databind.json.JsonMapper;

/**
 * An application's three ways to build a mapper with the module, each writing one value.
 * {@link OldJacksonAnnotationsTest} runs them on a class path with another {@code
 * jackson-annotations}, as an application on Jackson 2 would.
 */
public final class Jackson2Application {
  private Jackson2Application() {}

  /** As the README does: Jackson's builder first, then the module. */
  public static String builderFirst() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HearsayModule()).build();
    return mapper.writeValueAsString(ActorId.of("nyt"));
  }

  /** The module first, then Jackson's builder. */
  public static String moduleFirst() {
    HearsayModule module = new HearsayModule();
    JsonMapper mapper = JsonMapper.builder().addModule(module).build();
    return mapper.writeValueAsString(ActorId.of("nyt"));
  }

  /** The recommended mapper. */
  public static String recommended() {
    JsonMapper mapper = HearsayMappers.recommended().build();
    return mapper.writeValueAsString(ActorId.of("nyt"));
  }
}
