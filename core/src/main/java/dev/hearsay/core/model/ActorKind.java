package dev.hearsay.core.model;

/** What kind of party an {@link Actor} is. */
public enum ActorKind {
  /** One named or unnamed human being. */
  PERSON,
  /** A company, university, party or other organization that is not part of a state. */
  ORGANIZATION,
  /** A ministry, office, agency or other body of a government. */
  GOVERNMENT_BODY,
  /** A newspaper, broadcaster, news agency or other publisher of news. */
  MEDIA_OUTLET,
  /** A state or country acting as a whole. */
  STATE,
  /** Several people spoken of together, such as "Ukrainian officials". */
  GROUP,
  /** A party whose kind the text does not reveal. */
  UNKNOWN
}
