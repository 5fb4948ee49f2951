/**
 * The writing preview: builds the site in memory, making each of its outputs when a file of it is
 * first asked for, serves it on loopback with the JDK's HTTP server, rebuilds when a source file
 * changes, reloads open pages and shows the problems of a failed build over the last good site.
 */
package dev.hindsight.serve;
