/**
 * Imprecise times as the Extended Date/Time Format (EDTF, ISO 8601-2) writes them, the range of
 * instants each allows, and how two of them relate in time.
 */
package dev.hearsay.core.time;
