package dev.hearsay.prov;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonTokenStream;
import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.tree.CommonTree;
import org.antlr.runtime.tree.CommonTreeAdaptor;
import org.openprovenance.prov.model.BeanTraversal;
import org.openprovenance.prov.model.DateTimeOption;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.notation.TreeTraversal;
import org.openprovenance.prov.vanilla.ProvFactory;

/**
 * PROV-N in UTF-8 through ProvToolbox's notation writer and parser, with the corrections that
 * {@link NotationWriter} and {@link NotationStrings} make.
 */
final class Notation {
  private Notation() {}

  static byte[] write(Document document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      NotationWriter notation = new NotationWriter(writer);
      new BeanTraversal(notation, ProvFactory.getFactory()).doAction(document);
      notation.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Document read(byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ProvImportException("the PROV-N is not UTF-8 text", e);
    }
    ProvFactory factory = ProvFactory.getFactory();
    Object converted;
    try {
      NotationSyntax.Lexer lexer = new NotationSyntax.Lexer(new ANTLRStringStream(text));
      NotationSyntax.Parser parser = new NotationSyntax.Parser(new CommonTokenStream(lexer));
      parser.setTreeAdaptor(new CommonTreeAdaptor());
      CommonTree tree = (CommonTree) parser.document().getTree();
      NotationSyntax.check(lexer, parser);
      converted = new TreeTraversal(factory, factory, DateTimeOption.PRESERVE, null).convert(tree);
    } catch (RecognitionException | RuntimeException | StackOverflowError e) {
      throw ReadFailure.of("PROV-N", e);
    }
    if (!(converted instanceof Document document)) {
      throw new ProvImportException("the PROV-N is not a document (document ... endDocument)");
    }
    new NotationStrings(factory).decode(document);
    return document;
  }
}
