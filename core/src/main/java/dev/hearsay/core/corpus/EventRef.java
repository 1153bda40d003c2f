package dev.hearsay.core.corpus;

import dev.hearsay.core.model.EventId;

/**
 * An event of one dataset in a corpus.
 *
 * @param dataset the dataset
 * @param event the event's id in the dataset
 */
public record EventRef(DatasetId dataset, EventId event) {
  /** Checks that both parts are present. */
  public EventRef {
    IdText.present("EventRef.dataset", dataset);
    IdText.present("EventRef.event", event);
  }

  /**
   * The event with the given id in the given dataset.
   *
   * @param dataset the dataset's id text
   * @param event the event's id text
   * @return the ref
   * @throws dev.hearsay.core.model.ValueCheckException when a part is null or not a valid id
   */
  public static EventRef of(String dataset, String event) {
    return new EventRef(DatasetId.of(dataset), EventId.of(event));
  }

  /** Formats the ref as {@code dataset/event}, such as {@code kursk/e-arrival}. */
  @Override
  public String toString() {
    return dataset + "/" + event;
  }
}
