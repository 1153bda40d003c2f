package dev.hearsay.jackson.internal.read;

/**
 * A sequence of bytes that is not UTF-8, where it starts in the input and why it is refused.
 *
 * @param offset the offset of its first byte, from the start of the input
 * @param line the line it is on, from 1
 * @param column the column of its first byte on that line, in bytes from 1, as Jackson counts
 *     columns in a byte input
 * @param problem why the bytes are refused, as a sentence for a person
 */
record Utf8Error(long offset, int line, int column, String problem) {}
