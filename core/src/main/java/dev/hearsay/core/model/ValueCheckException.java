package dev.hearsay.core.model;

/**
 * Thrown when a value breaks one of its own rules as it is built: which field, and which rule. The
 * message reads {@code field: rule}, such as {@code Claim.proposition: must not be blank}.
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
   * Claim.quantities[2].name}.
   *
   * @return the field
   */
  public String field() {
    return field;
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
