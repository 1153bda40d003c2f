/**
 * The values of a claims dataset: actors, places, sources, claims with their attribution chains,
 * events, relations between claims, and the {@link dev.hearsay.core.model.Dataset} that ties them
 * together and checks that they agree.
 *
 * <p>Every value is immutable and built with its own {@code Builder}, whose Javadoc lists the
 * required and optional fields; {@code build()} either returns a whole, valid value or throws a
 * {@link dev.hearsay.core.model.ValueCheckException} that names the field and the rule, a missing
 * field and a null included. Short forms build the common cases, and {@code with} methods copy a
 * value with one change, checked as a build is:
 *
 * <pre>{@code
 * Hop report = Hop.of(outlet, ReportingMode.PARAPHRASE, Commitment.UNCOMMITTED);
 * Hop citing = Hop.of(officials, ReportingMode.PARAPHRASE, Commitment.PROBABLE).withCue("citing");
 * Claim claim = Claim.of("c-set-to-join", "North Korean soldiers will join Russian troops.",
 *     Chain.of(report, citing));
 * Dataset more = dataset.toBuilder().addActors(outlet, officials).addClaims(claim).build();
 * }</pre>
 */
@HearsayStyle
package dev.hearsay.core.model;
