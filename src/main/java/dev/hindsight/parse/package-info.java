/**
 * Turning text into the model: YAML front matter into a position-keeping tree and then into a
 * {@link dev.hindsight.model.Postmortem} field by field, so that every problem has a line and column;
 * Markdown bodies into safe HTML; {@code site.yml} into a {@link dev.hindsight.model.SiteConfig}.
 */
package dev.hindsight.parse;
