/**
 * Writing the rendered site to disk safely: into a fresh folder beside the output, swapped in only
 * when complete, never outside the output folder, never over a folder Hindsight did not write, and
 * never where it would delete the project's inputs, the working folder or the user's home.
 * {@link dev.hindsight.publish.OutputPaths} checks every path before anything is written;
 * {@link dev.hindsight.publish.PublishTarget} checks the output folder;
 * {@link dev.hindsight.publish.SitePublisher} writes and swaps, one build at a time
 * ({@link dev.hindsight.publish.OutputLock}); {@link dev.hindsight.publish.TreeDeleter} deletes
 * Hindsight's own folders without following links or entering other file systems.
 */
package dev.hindsight.publish;
