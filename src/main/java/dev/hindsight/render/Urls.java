package dev.hindsight.render;

import dev.hindsight.model.Group;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Slugs;
import dev.hindsight.model.Term;
import dev.hindsight.model.YearGroup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The site's URL scheme, in one place. Every path is a folder relative to the site root; users link
 * to these, so they never change.
 */
public final class Urls {

    public static final String POSTMORTEMS = "postmortems/";
    public static final String ACTION_ITEMS = "action-items/";
    public static final String ACTION_OWNERS = ACTION_ITEMS + "owners/";
    public static final String INSIGHTS = "insights/";
    /** The postmortems the insights cannot measure, when there are more than the insights page names. */
    public static final String UNMEASURED = INSIGHTS + "unmeasured/";
    public static final String STATUS = "status/";
    public static final String SERVICES = "services/";
    public static final String TAGS = "tags/";
    public static final String SEVERITY = "severity/";
    public static final String ARCHIVE = "archive/";
    public static final String SEARCH = "search/";

    private Urls() {
    }

    public static String postmortem(Postmortem postmortem) {
        return POSTMORTEMS + postmortem.id() + "/";
    }

    public static String status(Term status) {
        return STATUS + status.slug() + "/";
    }

    public static String severity(Term severity) {
        return SEVERITY + severity.slug() + "/";
    }

    public static String service(String service) {
        return SERVICES + Slugs.of(service) + "/";
    }

    public static String tag(String tag) {
        return TAGS + Slugs.of(tag) + "/";
    }

    public static String year(YearGroup year) {
        return ARCHIVE + year.slug() + "/";
    }

    public static String year(int year) {
        return ARCHIVE + year + "/";
    }

    /** Where the site config's {@code edit_url} edits a postmortem's file; each path segment is encoded. */
    public static String edit(String editUrl, Postmortem postmortem) {
        String path = Arrays.stream(postmortem.libraryPath().split("/"))
                .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
        return editUrl + (editUrl.endsWith("/") ? "" : "/") + path;
    }

    /** One owner's outstanding action items; the slug is that of {@link dev.hindsight.model.Slugs}. */
    public static String actionOwner(String ownerSlug) {
        return ACTION_OWNERS + ownerSlug + "/";
    }

    /** Text for a URL fragment such as {@code #service=...}, which the page's script reads back. */
    public static String fragment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A group's page under its grouping's folder ({@code services/}, {@code tags/} …). */
    public static String group(String prefix, Group group) {
        return prefix + group.slug() + "/";
    }
}
