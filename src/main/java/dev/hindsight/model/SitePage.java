package dev.hindsight.model;

/**
 * One of the site's own pages (such as "About postmortems"), written in Markdown.
 *
 * @param slug its folder at the site's root
 */
public record SitePage(String slug, String title, Body body) {
}
