package dev.hearsay.core.model;

import java.util.Objects;

/**
 * A number of things of one kind.
 *
 * @param thing what is counted, such as "soldiers" or "trucks"
 */
public record CountUnit(String thing) implements Unit {
  /** Checks that the thing is named. */
  public CountUnit {
    Objects.requireNonNull(thing, "CountUnit.thing: must not be null");
    Checks.text("CountUnit.thing", thing, Checks.SHORT_TEXT);
  }
}
