/**
 * Problems found in postmortems, as values: {@link dev.hindsight.diagnostic.Diagnostic}s collected
 * across all files, and the rules that look across documents.
 */
package dev.hindsight.check;
