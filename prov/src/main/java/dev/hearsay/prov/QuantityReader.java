package dev.hearsay.prov;

import dev.hearsay.core.model.Bound;
import dev.hearsay.core.model.Quantity;
import dev.hearsay.core.model.Unit;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.openprovenance.prov.model.Entity;
import org.openprovenance.prov.model.QualifiedName;

/** Quantities: the {@code hearsay:Quantity} entities that claims list as theirs. */
final class QuantityReader {
  private final ImportContext context;
  private final Set<String> read = new HashSet<>();

  QuantityReader(ImportContext context) {
    this.context = context;
  }

  Quantity quantity(NodeAttributes claim, QualifiedName name) {
    Entity entity = context.index.entities.get(name.getUri());
    if (entity == null || context.index.role(name) != DocumentIndex.Role.QUANTITY) {
      throw claim.fail(
          "lists "
              + StatementText.name(name)
              + " as a quantity, and no entity"
              + " typed hearsay:"
              + Terms.QUANTITY
              + " has that name");
    }
    if (!read.add(name.getUri())) {
      throw claim.fail(
          "lists the quantity "
              + StatementText.name(name)
              + " a second time, or"
              + " another claim does; a quantity belongs to one claim");
    }
    NodeAttributes attributes = new NodeAttributes(entity);
    attributes.readType(Terms.HEARSAY + Terms.QUANTITY);
    Quantity.Builder quantity =
        new Quantity.Builder()
            .name(attributes.requiredText(Terms.NAME))
            .approximate(attributes.flag(Terms.APPROXIMATE))
            .unit(unit(attributes));
    attributes.decimal(Terms.ESTIMATE).ifPresent(v -> quantity.estimate(v));
    bound(attributes, Terms.LOWER, Terms.LOWER_INCLUSIVE).ifPresent(v -> quantity.lower(v));
    bound(attributes, Terms.UPPER, Terms.UPPER_INCLUSIVE).ifPresent(v -> quantity.upper(v));
    attributes.text(Terms.QUANTITY_AS_WRITTEN).ifPresent(v -> quantity.asWritten(v));
    Quantity built = attributes.check(() -> quantity.build());
    context.omitAll(attributes.unread("a quantity"));
    return built;
  }

  boolean wasRead(Entity entity) {
    return read.contains(entity.getId().getUri());
  }

  private static Optional<Bound> bound(NodeAttributes attributes, String term, String inclusive) {
    Optional<BigDecimal> value = attributes.decimal(term);
    Optional<Boolean> included = attributes.bool(inclusive);
    if (value.isPresent() != included.isPresent()) {
      throw attributes.fail(
          "has one of hearsay:" + term + " and hearsay:" + inclusive + " without the other");
    }
    return value.map(v -> attributes.check(() -> new Bound(v, included.get())));
  }

  private static Unit unit(NodeAttributes attributes) {
    Optional<String> currency = attributes.text(Terms.CURRENCY);
    Optional<String> count = attributes.text(Terms.COUNT_OF);
    if (currency.isPresent() == count.isPresent()) {
      throw attributes.fail(
          "needs either hearsay:"
              + Terms.CURRENCY
              + " or hearsay:"
              + Terms.COUNT_OF
              + " (its unit), and not both");
    }
    return attributes.check(
        () -> currency.isPresent() ? Unit.currency(currency.get()) : Unit.count(count.get()));
  }
}
