package dev.hindsight.render;

import dev.hindsight.model.NavLink;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.SitePage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every page's frame needs: the site, the page's own title and place, and the way back to the
 * site's root. Links are relative ({@code ../../}) so the site works from any sub-path and from disk;
 * they name {@code index.html} explicitly because a browser opening files does not.
 *
 * @param path    this page's folder relative to the site root: {@code ""} for home, {@code "postmortems/x/"}
 * @param root    the way from this page to the site root: {@code ../../}, or the base path for pages
 *                served at any depth (the 404 page)
 * @param section the navigation entry to highlight
 * @param pages    the site's own pages, which the navigation lists
 * @param builtFor the day the site was built for, which decides the overdue marks; every footer names it
 */
public record Chrome(SiteConfig site, List<SitePage> pages, String title, String path, String root, Section section,
                     String description, LocalDate builtFor) {

    public Chrome {
        pages = List.copyOf(pages);
    }

    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#]");

    /** A page at a fixed place in the site, linked relatively. */
    public static Chrome at(SiteConfig site, List<SitePage> pages, String path, Section section, String title,
                            String description, LocalDate builtFor) {
        return new Chrome(site, pages, title, path, "../".repeat((int) path.chars().filter(c -> c == '/').count()),
                section, description, builtFor);
    }

    /** A page that may be served at any URL, so it links from the site's base path. */
    public static Chrome anywhere(SiteConfig site, List<SitePage> pages, String path, String title,
                                  String description, LocalDate builtFor) {
        return new Chrome(site, pages, title, path, site.basePath(), Section.NONE, description, builtFor);
    }

    /** The top-level parts of the site, in navigation order. */
    public enum Section {
        HOME, POSTMORTEMS, ACTION_ITEMS, INSIGHTS, SERVICES, TAGS, ARCHIVE, PAGE, SEARCH, NONE
    }

    /** The relative link from this page to a site path; folders get their {@code index.html}. */
    public String href(String sitePath) {
        String target = sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        return root + target;
    }

    /** A header link from site.yml: a path of the site is linked like any page of it, anything else as written. */
    public String link(NavLink link) {
        if (!link.onSite()) {
            return link.url();
        }
        Matcher suffix = QUERY_OR_FRAGMENT.matcher(link.url());
        int end = suffix.find() ? suffix.start() : link.url().length();
        return href(link.url().substring(0, end)) + link.url().substring(end);
    }

    /**
     * The page's absolute address, for the canonical link and Open Graph. There is none without a base
     * URL (a bare path is not canonical), nor for a page served at any address (the 404 page).
     */
    public Optional<String> canonicalUrl() {
        return section == Section.NONE ? Optional.empty() : site.publishing().absolute(path);
    }

    public String pageTitle() {
        return title.equals(site.title()) ? title : title + " · " + site.title();
    }
}
