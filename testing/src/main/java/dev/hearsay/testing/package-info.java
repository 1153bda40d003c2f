/**
 * AssertJ assertions on Hearsay's values, in the manner of AssertJ's own modules: one entry point,
 * {@link dev.hearsay.testing.HearsayAssertions}, and an {@code Assert} class a type, whose failure
 * messages name the path of what differs ({@code claims[c-trucks].attribution[0][1].actor}). The
 * {@link dev.hearsay.testing.DatasetDiff} behind dataset equality can be used on its own.
 */
package dev.hearsay.testing;
