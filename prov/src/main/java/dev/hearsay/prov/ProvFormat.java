package dev.hearsay.prov;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.openprovenance.prov.model.Document;

/**
 * The PROV serializations that a document is written in and read from, through ProvToolbox's own
 * writers and readers.
 *
 * <pre>{@code
 * ProvFormat.JSON_LD.write(new ProvMapping().toProv(dataset), out);
 * Document document = ProvFormat.PROV_N.read(in);
 * }</pre>
 */
public enum ProvFormat {
  /**
   * PROV-JSON-LD, ProvToolbox's JSON form (media type {@code application/ld+json}), through its
   * {@code jsonld11} serializer and deserializer.
   */
  JSON_LD {
    @Override
    byte[] toBytes(Document document) {
      return JsonLd.write(document);
    }

    @Override
    Document fromBytes(byte[] bytes) {
      return JsonLd.read(bytes);
    }
  },

  /**
   * PROV-N, the W3C's notation (media type {@code text/provenance-notation}), UTF-8, through
   * ProvToolbox's notation writer and parser. ProvToolbox 2.2.1 writes a line break inside a string
   * as it is, which its own parser refuses, and leaves the escapes of a string that it reads other
   * than {@code \"}; both are corrected here (see {@code docs/prov.md}).
   */
  PROV_N {
    @Override
    byte[] toBytes(Document document) {
      return Notation.write(document);
    }

    @Override
    Document fromBytes(byte[] bytes) {
      return Notation.read(bytes);
    }
  };

  /** The most bytes {@link #read(InputStream)} reads: 100,000,000, as the JSON form's reader. */
  public static final int DEFAULT_MAX_BYTES = 100_000_000;

  abstract byte[] toBytes(Document document);

  abstract Document fromBytes(byte[] bytes);

  /**
   * Writes a document. The stream is flushed, not closed.
   *
   * @param document the document
   * @param out where to write it
   * @throws IOException when the stream fails
   */
  public void write(Document document, OutputStream out) throws IOException {
    out.write(toBytes(document));
    out.flush();
  }

  /**
   * Writes a document to a string.
   *
   * @param document the document
   * @return the document in this format
   */
  public String writeToString(Document document) {
    return new String(toBytes(document), StandardCharsets.UTF_8);
  }

  /**
   * Reads a document of at most {@link #DEFAULT_MAX_BYTES} bytes. The stream is read to its end,
   * not closed.
   *
   * @param in the document
   * @return the document, as ProvToolbox reads it
   * @throws IOException when the stream fails
   * @throws ProvImportException when the document is larger than the limit or ProvToolbox cannot
   *     read it
   */
  public Document read(InputStream in) throws IOException {
    return read(in, DEFAULT_MAX_BYTES);
  }

  /**
   * Reads a document of at most {@code maxBytes} bytes. The stream is not closed.
   *
   * @param in the document
   * @param maxBytes the most bytes to read
   * @return the document, as ProvToolbox reads it
   * @throws IOException when the stream fails
   * @throws ProvImportException when the document is larger than the limit or ProvToolbox cannot
   *     read it
   */
  public Document read(InputStream in, int maxBytes) throws IOException {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("maxBytes is negative: " + maxBytes);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      total += n;
      if (total > maxBytes) {
        throw new ProvImportException(
            "the document is larger than the limit of " + maxBytes + " bytes");
      }
      bytes.write(buffer, 0, n);
    }
    return read(bytes.toByteArray());
  }

  /**
   * Reads a document from its bytes.
   *
   * @param document the document
   * @return the document, as ProvToolbox reads it
   * @throws ProvImportException when ProvToolbox cannot read it
   */
  public Document read(byte[] document) {
    return fromBytes(document);
  }
}
