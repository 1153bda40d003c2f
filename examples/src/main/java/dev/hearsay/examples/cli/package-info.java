/**
 * The {@code hearsay} program: {@link dev.hearsay.examples.cli.HearsayCli} and its commands, what
 * they read (a dataset, a corpus, another format's document), where they write, and how they exit.
 * Not exported.
 */
package dev.hearsay.examples.cli;
