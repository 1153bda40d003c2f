package dev.hearsay.testing.random;

import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs a check on many generated inputs, each from its own seed. The base seed is new on every
 * run unless {@code -Dhearsay.seed=N} fixes it; a failure names the base seed, the try and the
 * input, so that it can be replayed.
 *
 * <pre>{@code
 * Tries.forAll(200, random -> RandomDatasets.of(random, 10),
 *     dataset -> assertThat(read(write(dataset))).isEqualTo(dataset));
 * }</pre>
 */
public final class Tries {
  private Tries() {}

  /** The base seed of this run: {@code -Dhearsay.seed}, or a new one on every run. */
  public static final long SEED = Long.getLong("hearsay.seed", new SplittableRandom().nextLong());

  /**
   * Checks {@code tries} inputs made by {@code generator}, each from a {@link Random} of its own
   * seed, drawn from {@link #SEED}.
   *
   * @param tries how many inputs to check
   * @param generator makes an input from a seeded {@link Random}
   * @param check fails by throwing, as assertions do
   * @param <T> the type of the inputs
   * @throws AssertionError naming the seed and the input when a check fails
   */
  public static <T> void forAll(int tries, Function<Random, T> generator, Consumer<T> check) {
    SplittableRandom seeds = new SplittableRandom(SEED);
    for (int i = 0; i < tries; i++) {
      T input = generator.apply(new Random(seeds.nextLong()));
      try {
        check.accept(input);
      } catch (AssertionError | RuntimeException | StackOverflowError e) {
        throw new AssertionError(
            "try "
                + (i + 1)
                + " of "
                + tries
                + " failed (rerun with"
                + " -Dhearsay.seed="
                + SEED
                + ") for input: "
                + describe(input),
            e);
      }
    }
  }

  private static String describe(Object input) {
    String text = String.valueOf(input);
    return text.length() <= 2_000 ? text : text.substring(0, 2_000) + "...";
  }
}
