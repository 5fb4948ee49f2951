/**
 * Problems in the input as values: a {@link dev.hindsight.diagnostic.Diagnostic} names a file, a
 * position, a rule code and a message. Every stage may produce them, so this package sits below all
 * of them and imports none.
 */
package dev.hindsight.diagnostic;
