package dev.hearsay.prov;

import dev.hearsay.core.model.Event;
import dev.hearsay.core.model.EventStatus;
import java.util.ArrayList;
import java.util.List;
import org.openprovenance.prov.model.Entity;

/** Events: the {@code hearsay:Event} entities, what claims speak of. */
final class EventReader {
  private final ImportContext context;

  EventReader(ImportContext context) {
    this.context = context;
  }

  List<Event> read() {
    List<Event> events = new ArrayList<>();
    for (Entity entity : context.index.entities.values()) {
      if (context.index.role(entity.getId()) == DocumentIndex.Role.EVENT) {
        events.add(event(entity));
      }
    }
    return events;
  }

  private Event event(Entity entity) {
    NodeAttributes attributes = new NodeAttributes(entity);
    attributes.readType(Terms.HEARSAY + Terms.EVENT);
    Event.Builder event =
        new Event.Builder()
            .id(context.event(entity.getId()))
            .description(
                attributes
                    .label()
                    .orElseThrow(
                        () ->
                            attributes.fail(
                                "has no prov:label, which holds an event's description")))
            .status(
                HearsayTypes.word(
                    attributes,
                    Terms.STATUS,
                    attributes.requiredText(Terms.STATUS),
                    EventStatus.values()));
    attributes.time(Terms.TIME).ifPresent(v -> event.time(v));
    attributes.refs(Terms.EVENT_PLACE).forEach(p -> event.addPlaces(context.place(p)));
    attributes.refs(Terms.PARTICIPANT).forEach(a -> event.addParticipants(context.actor(a)));
    attributes.refs(Terms.EVENT_CLAIM).forEach(c -> event.addClaims(context.claim(c)));
    Event built = attributes.check(() -> event.build());
    context.omitAll(attributes.unread("an event"));
    return built;
  }
}
