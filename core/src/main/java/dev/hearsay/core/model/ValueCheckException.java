package dev.hearsay.core.model;

/**
 * Thrown when a value breaks one of its own rules as it is built: which field, and which rule. The
 * message reads {@code field: rule}, such as {@code Claim.proposition: must not be blank}. A
 * required field left unset and a null are checks like the others: {@code Hop.actor: is required;
 * set it with actor(...)}, {@code Claim.proposition: must not be null}. The field is also a {@link
 * DatasetPath} whose first segment is the type ({@link #path()}), which a reader appends to the
 * place of the value in a dataset.
 */
public final class ValueCheckException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field that breaks the rule. */
  private final String field;

  /** What is wrong with it, as a sentence a user can act on. */
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the field, as {@code Type.field}, with an index where the field is a list
   * @param rule what is wrong with it
   */
  public ValueCheckException(String field, String rule) {
    this(field, rule, null);
  }

  /**
   * A null given to a generated builder or copy method for an attribute of the value it builds:
   * the style's {@code throwForNullPointer}. The generated code names the attribute alone
   * ({@code proposition}, or {@code notes element} for an element of a list); the value type is
   * the one whose generated class called.
   *
   * @param attribute the attribute, as the generated code names it
   */
  ValueCheckException(String attribute) {
    this(NullAttribute.field(attribute), NullAttribute.rule(attribute));
  }

  /**
   * Creates the exception at a field given as a path whose first segment is the value's type.
   *
   * @param path the field, such as {@code Quantity.upper} or {@code Claim.quantities[2].name}
   * @param rule what is wrong with it
   */
  public ValueCheckException(DatasetPath path, String rule) {
    this(path.toString(), rule, null);
  }

  /**
   * Creates the exception with the failure that revealed it.
   *
   * @param field the field, as {@code Type.field}, with an index where the field is a list
   * @param rule what is wrong with it
   * @param cause the failure that revealed it, or null
   */
  public ValueCheckException(String field, String rule, Throwable cause) {
    super(field + ": " + rule, cause);
    this.field = field;
    this.rule = rule;
  }

  /**
   * The field that breaks the rule, such as {@code Quantity.upper} or {@code
   * Claim.quantities[2].name}: the text of {@link #path()}, kept for the message and for callers
   * of earlier versions.
   *
   * @return the field
   */
  public String field() {
    return field;
  }

  /**
   * The field that breaks the rule as a path whose first segment is the value's type: {@code
   * Quantity.upper} is the field {@code upper} of a {@code Quantity}. A field whose text is not
   * a path (a name given by a caller) is one segment.
   *
   * @return the path of the field
   */
  public DatasetPath path() {
    try {
      return DatasetPath.parse(field);
    } catch (IllegalArgumentException e) {
      return DatasetPath.of(field);
    }
  }

  /**
   * What is wrong with the field, without the field's name.
   *
   * @return the rule's sentence
   */
  public String rule() {
    return rule;
  }
}
