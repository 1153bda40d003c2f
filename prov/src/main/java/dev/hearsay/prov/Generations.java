package dev.hearsay.prov;

import dev.hearsay.core.model.TimeMention;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.Locale;
import java.util.Optional;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;
import org.openprovenance.prov.model.WasGeneratedBy;

/** The time of a generation: when a source was published, or when a hop was said. */
final class Generations {
  private Generations() {}

  /**
   * The generation's time: Hearsay's EDTF time ({@code hearsay:time}) when it has one, else PROV's
   * time to the second. When it has one, the generation is read, and its activity and other
   * attributes are left out; when it has none, the whole generation is.
   */
  static Optional<TimeMention> time(WasGeneratedBy generation, ImportContext context) {
    NodeAttributes attributes = new NodeAttributes(generation);
    Optional<TimeMention> time = attributes.time(Terms.TIME);
    if (time.isEmpty() && generation.getTime() != null) {
      time = provTime(attributes, generation.getTime(), context);
    }
    if (time.isEmpty()) {
      context.omit(
          generation,
          generation.getActivity() == null
              ? "it has no time, which is all that Hearsay keeps of a generation"
              : "it has no time, which is all that Hearsay keeps of a generation; Hearsay has no"
                  + " activities");
      return time;
    }
    if (generation.getActivity() != null) {
      context.omissions.add(
          new Omission(
              attributes.statement() + " activity " + StatementText.name(generation.getActivity()),
              "Hearsay has no activities; it keeps the time of the generation"));
    }
    context.read(generation);
    context.omitAll(attributes.unread("a generation"));
    return time;
  }

  private static Optional<TimeMention> provTime(
      NodeAttributes attributes, XMLGregorianCalendar at, ImportContext context) {
    try {
      String edtf = edtf(at);
      if (at.getFractionalSecond() != null && at.getFractionalSecond().signum() != 0) {
        context.omissions.add(
            new Omission(
                attributes.statement() + " prov:time",
                "kept to the second, as EDTF has no fractions of a second"));
      }
      return Optional.of(new TimeMention.Builder().value(ImpreciseTime.parse(edtf)).build());
    } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
      context.omissions.add(
          new Omission(
              attributes.statement() + " prov:time",
              "not a time Hearsay can read as EDTF: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /** An XML Schema date and time as EDTF, to the second: {@code 2012-03-02T10:30:00Z}. */
  static String edtf(XMLGregorianCalendar at) {
    if (at.getYear() == DatatypeConstants.FIELD_UNDEFINED
        || at.getMonth() == DatatypeConstants.FIELD_UNDEFINED
        || at.getDay() == DatatypeConstants.FIELD_UNDEFINED
        || at.getHour() == DatatypeConstants.FIELD_UNDEFINED
        || at.getMinute() == DatatypeConstants.FIELD_UNDEFINED
        || at.getSecond() == DatatypeConstants.FIELD_UNDEFINED) {
      throw new IllegalArgumentException("'" + at + "' is not a whole date and time");
    }
    int year = at.getYear();
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("the year " + year + " is not one of 1 to 9999");
    }
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%04d-%02d-%02dT%02d:%02d:%02d",
                year,
                at.getMonth(),
                at.getDay(),
                at.getHour(),
                at.getMinute(),
                at.getSecond()));
    int offset = at.getTimezone();
    if (offset == 0) {
      text.append('Z');
    } else if (offset != DatatypeConstants.FIELD_UNDEFINED) {
      int minutes = Math.abs(offset);
      text.append(
          String.format(
              Locale.ROOT, "%s%02d:%02d", offset < 0 ? "-" : "+", minutes / 60, minutes % 60));
    }
    return text.toString();
  }
}
