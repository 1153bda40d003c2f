package dev.hearsay.jackson.internal.read;

import dev.hearsay.core.model.CountUnit;
import dev.hearsay.core.model.CurrencyUnit;
import dev.hearsay.core.model.DatasetPath;
import dev.hearsay.core.model.Unit;
import dev.hearsay.core.model.Violation;
import dev.hearsay.core.model.ViolationCode;
import java.util.List;

/** Reads the few values that no dataset holds but that callers may exchange alone. */
final class StandaloneReaders {
  private StandaloneReaders() {}

  static Violation violation(JsonCursor in, DatasetPath path) {
    String[] texts = new String[1];
    DatasetPath[] where = new DatasetPath[1];
    ViolationCode[] code = new ViolationCode[1];
    List<String> required = List.of("path", "code", "message");
    return in.object(
        path,
        Violation.class,
        required,
        (name, at) -> {
          switch (name) {
            case "path" -> where[0] = in.text(at, DatasetPath.class, DatasetPath::parse);
            case "code" -> code[0] = Scalars.enumValue(in, at, ViolationCode.class);
            case "message" -> texts[0] = in.string(at);
            default -> {
              return false;
            }
          }
          return true;
        },
        () -> new Violation(where[0], code[0], texts[0]));
  }

  static CurrencyUnit currencyUnit(JsonCursor in, DatasetPath path) {
    Unit unit = ValueReaders.unit(in, path);
    if (unit instanceof CurrencyUnit currency) {
      return currency;
    }
    throw Problems.at(in.parser(), CurrencyUnit.class, path, "expected a currency unit");
  }

  static CountUnit countUnit(JsonCursor in, DatasetPath path) {
    Unit unit = ValueReaders.unit(in, path);
    if (unit instanceof CountUnit count) {
      return count;
    }
    throw Problems.at(in.parser(), CountUnit.class, path, "expected a count unit");
  }
}
