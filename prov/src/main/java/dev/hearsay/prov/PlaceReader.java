package dev.hearsay.prov;

import dev.hearsay.core.model.Coordinates;
import dev.hearsay.core.model.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openprovenance.prov.model.Entity;

/** Places: the {@code hearsay:Place} entities, which are {@code prov:Location}s. */
final class PlaceReader {
  private final ImportContext context;

  PlaceReader(ImportContext context) {
    this.context = context;
  }

  List<Place> read() {
    List<Place> places = new ArrayList<>();
    for (Entity entity : context.index.entities.values()) {
      if (context.index.role(entity.getId()) == DocumentIndex.Role.PLACE) {
        places.add(place(entity));
      }
    }
    return places;
  }

  private Place place(Entity entity) {
    NodeAttributes attributes = new NodeAttributes(entity);
    attributes.readType(Terms.HEARSAY + Terms.PLACE);
    attributes.readType(Terms.PROV + "Location");
    Place.Builder place =
        new Place.Builder()
            .id(context.place(entity.getId()))
            .name(
                attributes
                    .label()
                    .orElseThrow(
                        () -> attributes.fail("has no prov:label, which holds a place's name")));
    attributes.text(Terms.ISO_CODE).ifPresent(v -> place.isoCode(v));
    place.addAllIdentifiers(attributes.identifiers());
    Optional<Double> latitude = attributes.real(Terms.LATITUDE);
    Optional<Double> longitude = attributes.real(Terms.LONGITUDE);
    if (latitude.isPresent() != longitude.isPresent()) {
      throw attributes.fail(
          "has one of hearsay:"
              + Terms.LATITUDE
              + " and hearsay:"
              + Terms.LONGITUDE
              + " without the other");
    }
    if (latitude.isPresent()) {
      place.coordinates(attributes.check(() -> new Coordinates(latitude.get(), longitude.get())));
    }
    Place built = attributes.check(() -> place.build());
    context.omitAll(attributes.unread("a place"));
    return built;
  }
}
