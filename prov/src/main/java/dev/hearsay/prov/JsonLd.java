package dev.hearsay.prov;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.openprovenance.prov.core.jsonld11.serialization.ProvDeserialiser;
import org.openprovenance.prov.core.jsonld11.serialization.ProvSerialiser;
import org.openprovenance.prov.model.Document;

/** PROV-JSON-LD through ProvToolbox's {@code jsonld11} serializer and deserializer. */
final class JsonLd {
  // ProvToolbox's serializer and deserializer each set up Jackson mappers, which takes long: one
  // of each per thread, as ProvToolbox keeps state of a read in thread-local variables.
  private static final ThreadLocal<ProvSerialiser> SERIALISER =
      ThreadLocal.withInitial(ProvSerialiser::new);
  private static final ThreadLocal<ProvDeserialiser> DESERIALISER =
      ThreadLocal.withInitial(ProvDeserialiser::new);

  private JsonLd() {}

  static byte[] write(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // ProvToolbox's flag is named "formatted"; both of its settings indent.
    SERIALISER.get().serialiseDocument(out, document, true);
    return out.toByteArray();
  }

  static Document read(byte[] bytes) {
    Document document;
    try {
      document = DESERIALISER.get().deserialiseDocument(new ByteArrayInputStream(bytes));
    } catch (RuntimeException | StackOverflowError e) {
      throw ReadFailure.of("PROV-JSON-LD", e);
    }
    if (document == null) {
      throw new ProvImportException("the PROV-JSON-LD is 'null', not a document");
    }
    return document;
  }
}
