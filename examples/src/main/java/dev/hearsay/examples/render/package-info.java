/**
 * What the program shows people: a dataset or a corpus as text, a Mermaid graph, the JSON
 * answers, times, chains and problems in words, and text made safe for a terminal. Not exported.
 */
package dev.hearsay.examples.render;
