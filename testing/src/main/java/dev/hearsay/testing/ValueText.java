package dev.hearsay.testing;

import dev.hearsay.core.model.Chain;
import java.util.List;

/** How a failure message shows a value: text quoted, ids as their text, long values cut. */
final class ValueText {
  /** What a message says where one side has no value. */
  static final String ABSENT = "absent";

  private static final int MOST = 160;

  private ValueText() {}

  static String of(Object value) {
    if (value == null) {
      return ABSENT;
    }
    if (value instanceof String text) {
      return quoted(text);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value instanceof Chain chain) {
      return "chain " + chain.hops().stream().map(h -> h.actor().value()).toList();
    }
    if (isId(value)) {
      return quoted(value.toString());
    }
    if (value instanceof List<?> list && list.stream().allMatch(ValueText::isId)) {
      return list.stream().map(ValueText::of).toList().toString();
    }
    return cut(value.toString());
  }

  /** Whether the value is one of the model's ids, such as {@code ActorId}, shown as its text. */
  static boolean isId(Object value) {
    return value instanceof Record
        && value.getClass().getPackageName().equals("dev.hearsay.core.model")
        && value.getClass().getSimpleName().endsWith("Id");
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .limit(MOST)
        .forEach(
            c -> {
              switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                default -> {
                  if (Character.isISOControl(c)) {
                    out.append(String.format("\\u%04x", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    if (text.codePointCount(0, text.length()) > MOST) {
      out.append("...");
    }
    return out.append('"').toString();
  }

  private static String cut(String text) {
    return text.length() <= MOST ? text : text.substring(0, MOST) + "...";
  }
}
