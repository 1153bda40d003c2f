/**
 * Hearsay's versioned JSON form for Jackson 3: a module that reads and writes every value of
 * {@code dev.hearsay.core}, a stream reader and writer for datasets too large to hold, and the
 * readers and writers of a corpus in files and JSON Lines.
 *
 * <p>Register {@link dev.hearsay.jackson.HearsayModule} with a mapper, or let {@code
 * findAndAddModules()} find it.
 */
module dev.hearsay.jackson {
  requires transitive dev.hearsay.core;
  requires transitive tools.jackson.databind;

  exports dev.hearsay.jackson;

  provides tools.jackson.databind.JacksonModule with
      dev.hearsay.jackson.HearsayModule;
}
