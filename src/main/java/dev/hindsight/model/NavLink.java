package dev.hindsight.model;

/** A link the site config adds to the header of every page. */
public record NavLink(String label, String url) {
}
