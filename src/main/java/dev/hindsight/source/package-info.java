/**
 * Finding postmortem files under the source folder and reading them as text: encoding, size,
 * symlink and readability checks, and splitting YAML front matter from the Markdown body with line
 * numbers kept.
 */
package dev.hindsight.source;
