/**
 * The values of a claims dataset: actors, places, sources, claims with their attribution chains,
 * events, relations between claims, and the {@link dev.hearsay.core.model.Dataset} that ties them
 * together and checks that they agree.
 *
 * <p>Every value is immutable and built with its own {@code Builder}; {@code build()} either returns
 * a whole, valid value or throws an exception whose message names the field and the rule.
 */
@HearsayStyle
package dev.hearsay.core.model;
