package dev.hearsay.prov;

import dev.hearsay.core.corpus.Corpus;
import dev.hearsay.core.model.Dataset;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import org.openprovenance.prov.model.Document;
import org.openprovenance.prov.model.Namespace;
import org.openprovenance.prov.vanilla.ProvFactory;

/**
 * A Hearsay dataset, or a corpus of them, as W3C PROV, in ProvToolbox's model, and back: the provenance that PROV can
 * say, in PROV's own terms wherever one fits, and a {@code hearsay:} attribute where none does, so
 * that a dataset exported and imported again is equal to the original.
 *
 * <ul>
 *   <li>An actor is a {@code prov:Agent}, typed {@code prov:Person} or {@code prov:Organization}
 *       when it is one. An affiliation is an attribute {@code hearsay:affiliatedWith_n}, not
 *       {@code prov:actedOnBehalfOf}: an analyst at a university does not speak for it.
 *   <li>A source is a {@code prov:Entity}, {@code prov:wasAttributedTo} its publisher and authors,
 *       generated when it was published, {@code prov:wasDerivedFrom} the sources it cites.
 *   <li>A claim is a {@code prov:Entity} labelled with its proposition. Each hop of each chain is
 *       an entity of its own, the utterance, {@code prov:wasAttributedTo} the hop's actor; the
 *       claim is derived from its reporter's utterance and each utterance from the one it relays,
 *       by {@code prov:wasQuotedFrom} where the words are quoted. The claim {@code
 *       prov:hadPrimarySource} the source of each chain's origin, and {@code prov:wasQuotedFrom}
 *       the source of its quote.
 *   <li>"derived from" is {@code prov:wasDerivedFrom}, "updates" {@code prov:wasRevisionOf}, and
 *       the other relations are {@code prov:wasInfluencedBy} typed with their kind.
 *   <li>Cues, modes, commitments, likelihoods, EDTF times, quantities, grades, places and events
 *       stay in {@code hearsay:} attributes and entities.
 * </ul>
 *
 * <p>{@code docs/prov.md} lists every term. The import reads this export back whole, and PROV from
 * elsewhere as far as it maps (agents, entities, attribution, derivation, quotation and primary
 * source), with a list of what it left out:
 *
 * <pre>{@code
 * ProvMapping mapping = new ProvMapping();
 * Document document = mapping.toProv(dataset);
 * ProvImport imported = mapping.fromProv(document);
 * imported.dataset().equals(dataset);   // true
 * }</pre>
 *
 * <p>A mapping holds no state between calls, but ProvToolbox's factory is not documented as safe
 * for concurrent use: use one mapping per thread.
 */
public final class ProvMapping {
  /** The namespace of the terms that PROV has none for, prefixed {@code hearsay:}. */
  public static final String HEARSAY = Terms.HEARSAY;

  /**
   * The title of a dataset imported from a document that does not describe one (a {@code
   * hearsay:ClaimDataset} entity), as PROV from elsewhere does not.
   */
  public static final String IMPORTED_TITLE = "Imported from W3C PROV";

  private final ProvFactory factory = ProvFactory.getFactory();
  private final DatatypeFactory datatypes;

  /** A mapping with ProvToolbox's default factory. */
  public ProvMapping() {
    try {
      datatypes = DatatypeFactory.newInstance();
    } catch (DatatypeConfigurationException e) {
      throw new IllegalStateException("no javax.xml.datatype implementation", e);
    }
  }

  /**
   * The namespace declarations of an exported document: PROV's and XML Schema's prefixes, {@code
   * hearsay:}, and one prefix for each kind of id ({@code actor:}, {@code claim:}, ...).
   *
   * @return a new namespace
   */
  public Namespace namespace() {
    return Names.namespace();
  }

  /**
   * Maps a dataset to a PROV document.
   *
   * @param dataset the dataset
   * @return the document: one list of statements, without bundles, in the order of the dataset
   * @throws IllegalArgumentException when a text of the dataset is not well-formed Unicode (it has
   *     half of a surrogate pair alone), which PROV-N and PROV-JSON-LD cannot carry
   */
  public Document toProv(Dataset dataset) {
    return new DatasetExport(factory, datatypes).write(dataset);
  }

  /**
   * Maps a corpus to a PROV document: each dataset a bundle named {@code datasets:<id>}, as {@link
   * #toProv(Dataset)} writes a dataset but with its names under the bundle's ({@code
   * https://hearsay.dev/id/dataset/kyiv/actor/nyt}), so that values of two datasets with the same
   * id stay apart; and at the top level the corpus as a collection of the bundles, its identity
   * statements ({@code same} also as {@code prov:alternateOf}), its claim links as the relations
   * of a dataset are written, and its event links (also as {@code prov:alternateOf}).
   *
   * <p>{@link #corpusFromProv} reads the document back.
   *
   * @param corpus the corpus
   * @return the document
   * @throws IllegalArgumentException when a text of the corpus is not well-formed Unicode
   */
  public Document toProv(Corpus corpus) {
    return new CorpusExport(factory, datatypes).write(corpus);
  }

  /**
   * Whether the document describes a corpus, as {@link #toProv(Corpus)} writes one: it has a
   * bundle named under {@code https://hearsay.dev/id/dataset/}, a dataset's.
   *
   * @param document the document
   * @return true when {@link #corpusFromProv} is the import that fits it
   */
  public boolean describesCorpus(Document document) {
    return CorpusImport.describesCorpus(document);
  }

  /**
   * Maps a PROV document that {@link #toProv(Corpus)} wrote back to a corpus: each bundle named
   * {@code datasets:<id>} a dataset, read as {@link #fromProv} reads a document, and the identity
   * statements, claim links and event links at the top level.
   *
   * @param document the document
   * @return the corpus, and every statement or attribute that was left out, each with why
   * @throws ProvImportException when a bundle cannot be a dataset, a link names no dataset's value,
   *     or the corpus breaks one of its rules
   */
  public ProvCorpusImport corpusFromProv(Document document) {
    return new CorpusImport(document, factory).read();
  }

  /**
   * Maps a PROV document to a dataset: the whole dataset for a document that {@link #toProv}
   * wrote, and for PROV from elsewhere its agents as actors and its entities as sources, with
   * attribution, derivation, quotation and primary source between them.
   *
   * @param document the document
   * @return the dataset, and every statement or attribute that was left out, each with why
   * @throws ProvImportException when the document cannot be a dataset: one of Hearsay's own terms
   *     has a value that the model refuses, or the dataset breaks one of its rules
   */
  public ProvImport fromProv(Document document) {
    return new DatasetImport(document).read();
  }
}
