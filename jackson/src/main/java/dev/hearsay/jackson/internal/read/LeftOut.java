package dev.hearsay.jackson.internal.read;

/**
 * Tells the reader of an enclosing value that a value it holds was not built, because of problems
 * already noted: the enclosing value is left out in turn, up to the element of the dataset's list
 * that holds it. Thrown only while a dataset's reader notes problems and reads on.
 */
final class LeftOut extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The one instance: it carries nothing, and has no stack trace to fill. */
  static final LeftOut VALUE = new LeftOut();

  private LeftOut() {
    super("a value was left out because of its problems", null, false, false);
  }
}
