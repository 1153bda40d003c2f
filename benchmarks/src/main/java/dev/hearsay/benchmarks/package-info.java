/** JMH benchmarks of Hearsay against the limit of Jackson streaming and against alternatives. */
package dev.hearsay.benchmarks;
