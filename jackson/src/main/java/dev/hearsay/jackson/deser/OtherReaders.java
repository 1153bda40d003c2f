package dev.hearsay.jackson.deser;

import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;

/** Reads the few values that no dataset holds but that callers may exchange alone. */
final class OtherReaders {
  private OtherReaders() {}

  static Violation violation(Input in, Path path) {
    String[] texts = new String[2];
    ViolationCode[] code = new ViolationCode[1];
    return in.object(path, Violation.class, (name, at) -> switch (name) {
      case "path" -> {
        texts[0] = in.string(at);
        yield true;
      }
      case "code" -> {
        code[0] = Scalars.enumValue(in, at, ViolationCode.class);
        yield true;
      }
      case "message" -> {
        texts[1] = in.string(at);
        yield true;
      }
      default -> false;
    }, () -> {
      StringBuilder missing = new StringBuilder();
      append(missing, texts[0] == null, "path");
      append(missing, code[0] == null, "code");
      append(missing, texts[1] == null, "message");
      if (missing.length() > 0) {
        throw new IllegalStateException("required attributes are not set [" + missing + "]");
      }
      return new Violation(texts[0], code[0], texts[1]);
    });
  }

  private static void append(StringBuilder missing, boolean absent, String name) {
    if (absent) {
      missing.append(missing.length() == 0 ? "" : ", ").append(name);
    }
  }

  static CurrencyUnit currencyUnit(Input in, Path path) {
    Unit unit = ValueReaders.unit(in, path);
    if (unit instanceof CurrencyUnit currency) {
      return currency;
    }
    throw Problems.at(in.parser(), CurrencyUnit.class, path, "expected a currency unit");
  }

  static CountUnit countUnit(Input in, Path path) {
    Unit unit = ValueReaders.unit(in, path);
    if (unit instanceof CountUnit count) {
      return count;
    }
    throw Problems.at(in.parser(), CountUnit.class, path, "expected a count unit");
  }
}
