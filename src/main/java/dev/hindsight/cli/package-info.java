/**
 * The command line: parses arguments with picocli, runs the pipeline, prints diagnostics and
 * summaries, and turns outcomes into exit codes. The only package that prints or exits.
 */
package dev.hindsight.cli;
