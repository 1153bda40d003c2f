package dev.hearsay.core.model;

/**
 * A number of things of one kind.
 *
 * @param thing what is counted, such as "soldiers" or "trucks"
 */
public record CountUnit(String thing) implements Unit {
  /** Checks that the thing is named. */
  public CountUnit {
    Checks.present("CountUnit.thing", thing);
    Checks.text("CountUnit.thing", thing, Checks.SHORT_TEXT);
  }
}
