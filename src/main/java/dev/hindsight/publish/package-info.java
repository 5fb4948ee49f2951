/**
 * Writing the rendered site to disk safely: into a fresh folder beside the output, swapped in only
 * when complete, never outside the output folder, never over a folder Hindsight did not write.
 */
package dev.hindsight.publish;
