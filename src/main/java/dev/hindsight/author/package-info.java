/**
 * Starting a postmortem: a readable, safe file name from its title, and the team's template with
 * its placeholders filled in. Text in, text out; the command writes the file.
 */
package dev.hindsight.author;
