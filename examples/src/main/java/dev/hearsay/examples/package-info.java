/**
 * The worked report: {@link dev.hearsay.examples.KurskReport}, a short news report of October
 * 2024 encoded with the public builders, claim by claim; the same dataset ships as JSON beside it,
 * and the worked corpus of eight reports with its links document in {@code corpus/}.
 */
package dev.hearsay.examples;
