package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.ActorId;
import dev.hearsay.core.model.PlaceId;
import dev.hearsay.core.model.SourceId;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.time.ImpreciseTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values that one read makes again and again, made once: the ids that claims and sources refer
 * to, EDTF times, units, and short texts such as cues and the names of quantities. A document names a few hundred actors and sources
 * thousands of times; sharing one object per text saves the memory of each copy and the work of
 * checking it again. Each kind keeps at most {@value #LIMIT} values, so that a document of
 * distinct texts cannot make the read hold more than a few megabytes for sharing.
 */
final class Interner {
  static final int LIMIT = 8_192;

  /** Texts longer than this are rarely repeated and are not shared. */
  private static final int LONGEST_SHARED_TEXT = 64;

  private final Kind<ActorId> actors = new Kind<>(ActorId::of);
  private final Kind<SourceId> sources = new Kind<>(SourceId::of);
  private final Kind<PlaceId> places = new Kind<>(PlaceId::of);
  private final Kind<ImpreciseTime> times = new Kind<>(ImpreciseTime::parse);
  private final Kind<Unit> currencies = new Kind<>(Unit::currency);
  private final Kind<Unit> counts = new Kind<>(Unit::count);
  private final Kind<String> texts = new Kind<>(Function.identity());

  ActorId actor(String text) {
    return actors.of(text);
  }

  SourceId source(String text) {
    return sources.of(text);
  }

  PlaceId place(String text) {
    return places.of(text);
  }

  ImpreciseTime time(String text) {
    return times.of(text);
  }

  Unit currency(String code) {
    return currencies.of(code);
  }

  Unit count(String thing) {
    return counts.of(thing);
  }

  /** The shared instance of a short text, or the text itself. */
  String text(String text) {
    return text.length() > LONGEST_SHARED_TEXT ? text : texts.of(text);
  }

  /** The values of one kind by their text; a text that fails to convert is not kept. */
  private static final class Kind<T> {
    private final Function<String, T> make;

    /** Made on the first value, so that a read that needs no value of this kind makes none. */
    private Map<String, T> made;

    Kind(Function<String, T> make) {
      this.make = make;
    }

    T of(String text) {
      T value = made == null ? null : made.get(text);
      if (value == null) {
        value = make.apply(text);
        if (made == null) {
          made = new HashMap<>();
        }
        if (made.size() < LIMIT) {
          made.put(text, value);
        }
      }
      return value;
    }
  }
}
