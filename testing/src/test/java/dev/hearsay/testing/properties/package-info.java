/**
 * Property tests of hearsay-core (EDTF times, the timeline, evidence, concurrent queries) on
 * generated inputs. They live here, not in core, because they draw on this module's generators,
 * and core's tests cannot depend on a module that depends on core.
 */
package dev.hearsay.testing.properties;
