/**
 * Hearsay datasets as W3C PROV, through ProvToolbox: {@link dev.hearsay.prov.ProvMapping} maps a
 * dataset to a PROV document and back, and {@link dev.hearsay.prov.ProvFormat} writes and reads
 * PROV-JSON-LD and PROV-N.
 */
package dev.hearsay.prov;
