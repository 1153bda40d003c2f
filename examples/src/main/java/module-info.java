/**
 * The worked examples and the {@code hearsay} program: the worked report as a dataset built in
 * Java ({@code dev.hearsay.examples}, the one exported package), the worked corpus as JSON beside
 * it, and the program ({@code dev.hearsay.examples.cli}) with its views for people ({@code
 * dev.hearsay.examples.render}), which are not exported.
 *
 * <p>picocli is the automatic module {@code info.picocli}; it fills the commands' options by
 * reflection, so the package of the commands is open to it. {@code hearsay-prov} is the automatic
 * module {@code dev.hearsay.prov}. The runnable jar ({@code -all}) runs on the class path.
 */
module dev.hearsay.examples {
  requires transitive dev.hearsay.core;
  requires dev.hearsay.jackson;
  requires dev.hearsay.claimreview;
  requires dev.hearsay.prov;
  requires prov.model;
  requires info.picocli;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports dev.hearsay.examples;

  opens dev.hearsay.examples.cli to
      info.picocli;
}
