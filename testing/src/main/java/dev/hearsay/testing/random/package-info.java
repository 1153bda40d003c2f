/**
 * Random inputs for property tests: {@link dev.hearsay.testing.random.RandomDatasets}, valid
 * datasets from a seed; {@link dev.hearsay.testing.random.RandomTimes}, EDTF texts of every form;
 * and {@link dev.hearsay.testing.random.Tries}, which runs a check on many of them and names the
 * seed that replays a failure.
 */
package dev.hearsay.testing.random;
