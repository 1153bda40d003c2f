package dev.hearsay.prov;

import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.Optional;
import javax.xml.datatype.XMLGregorianCalendar;
import org.openprovenance.prov.model.WasGeneratedBy;

/** The time of a generation: when a source was published, or when a hop was said. */
final class Generations {
  private Generations() {}

  /**
   * The generation's time, marked as read: Hearsay's EDTF time ({@code hearsay:time}) when it has
   * one, else PROV's time as an EDTF date and time; empty when it has neither.
   */
  static Optional<TimeMention> time(WasGeneratedBy generation, ImportContext context) {
    NodeAttributes attributes = new NodeAttributes(generation);
    Optional<TimeMention> time = attributes.time(Terms.TIME);
    if (time.isEmpty() && generation.getTime() != null) {
      time = provTime(attributes, generation.getTime(), context);
    }
    if (generation.getActivity() != null) {
      context.omissions.add(new Omission(attributes.statement() + " activity "
          + StatementText.name(generation.getActivity()),
          "Hearsay has no activities; it keeps only the time"));
    }
    if (time.isPresent()) {
      context.read(generation);
      context.omitAll(attributes.unread("a generation"));
    }
    return time;
  }

  private static Optional<TimeMention> provTime(
      NodeAttributes attributes, XMLGregorianCalendar at, ImportContext context) {
    String text;
    try {
      text = at.toXMLFormat();
      return Optional.of(new TimeMention.Builder().value(ImpreciseTime.parse(text)).build());
    } catch (IllegalArgumentException | IllegalStateException e) {
      context.omissions.add(new Omission(attributes.statement() + " prov:time",
          "not a time Hearsay can read as EDTF: " + e.getMessage()));
      return Optional.empty();
    }
  }
}
