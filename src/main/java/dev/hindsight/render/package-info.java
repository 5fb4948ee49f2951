/**
 * Turning the {@link dev.hindsight.model.Library} into output files: one typed page record per jte
 * template, rendered in parallel, plus the theme's static assets. Pure: nothing here touches the disk.
 */
package dev.hindsight.render;
