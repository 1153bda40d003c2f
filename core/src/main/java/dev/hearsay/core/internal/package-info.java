/**
 * What the packages of this module share and do not offer: not exported by the module, and no
 * part of the API.
 */
package dev.hearsay.core.internal;
