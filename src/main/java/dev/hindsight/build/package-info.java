/**
 * The build as named phases, called by every command: read the config and the site's pages;
 * <b>load</b> each postmortem file on its own (split, front matter, Markdown), kept and reused while
 * the file does not change; <b>check</b> what only the whole library can tell (ids, references,
 * links between files, what gets published); <b>assemble</b> the {@link dev.hindsight.model.Library};
 * <b>render</b> the list of outputs; <b>publish</b> them atomically.
 */
package dev.hindsight.build;
