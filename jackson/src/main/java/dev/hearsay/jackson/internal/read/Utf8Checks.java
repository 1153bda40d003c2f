package dev.hearsay.jackson.internal.read;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.InputStream;
import java.io.Reader;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.io.InputDecorator;

/**
 * Has a factory's byte input checked for UTF-8 as it is parsed ({@link Utf8CheckedStream}), so
 * that the Hearsay readers refuse a string value whose bytes are not UTF-8. Text already decoded
 * ({@link Reader}, {@link String}) and {@link DataInput} are left as they are. Internal to the
 * Hearsay module; {@code HearsayMappers} hands it out.
 */
public final class Utf8Checks extends InputDecorator {
  private static final long serialVersionUID = 1L;

  /** Creates the decorator. */
  public Utf8Checks() {}

  @Override
  public InputStream decorate(IOContext ctxt, InputStream in) {
    return in instanceof Utf8CheckedStream ? in : new Utf8CheckedStream(in);
  }

  @Override
  public InputStream decorate(IOContext ctxt, byte[] src, int offset, int length) {
    return new Utf8CheckedStream(new ByteArrayInputStream(src, offset, length));
  }

  @Override
  public Reader decorate(IOContext ctxt, Reader r) {
    return r;
  }

  @Override
  public DataInput decorate(IOContext ctxt, DataInput input) {
    return input;
  }
}
