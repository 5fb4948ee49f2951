package dev.hindsight.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The site's settings from {@code site.yml}.
 *
 * @param basePath         the path the site is served under, always starting and ending with {@code /}
 * @param draftStatuses    status keys whose postmortems are left out unless drafts are asked for
 * @param requiredSections body sections a postmortem should have; a missing one is a warning
 * @param maxFileSize      bytes; larger postmortem files are refused
 * @param rawHtml          what happens to raw HTML written in Markdown bodies
 * @param editUrl          followed by a postmortem's path ({@code postmortems/2016/x.md}), the page that edits it
 * @param publishing       the site's address, crawler rules and custom domain
 * @param adoption         which files are postmortems, and the status of one that names none
 * @param trackers         how tracker keys in action items' tickets become links
 */
public record SiteConfig(String title, String description, String basePath, ZoneId timezone,
                         Vocabulary statuses, List<String> draftStatuses, Vocabulary severities,
                         List<NavLink> links, List<String> requiredSections, long maxFileSize, RawHtml rawHtml,
                         Optional<String> editUrl, Publishing publishing, Adoption adoption, Trackers trackers) {

    /** {@code allow_html} in site.yml. */
    public enum RawHtml {
        /** {@code false}: every tag is shown as text. */
        ESCAPE,
        /** {@code safe}: a few formatting tags ({@code kbd}, {@code details} …) work; all else is shown as text. */
        SAFE
    }

    public static final long DEFAULT_MAX_FILE_SIZE = 5L * 1024 * 1024;

    public static final List<String> SRE_SECTIONS = List.of("Summary", "Impact", "Root Causes", "Trigger",
            "Resolution", "Detection", "Action Items", "Lessons Learned", "Timeline", "Supporting Information");

    public SiteConfig {
        Objects.requireNonNull(title);
        Objects.requireNonNull(description);
        Objects.requireNonNull(basePath);
        Objects.requireNonNull(timezone);
        Objects.requireNonNull(statuses);
        Objects.requireNonNull(severities);
        draftStatuses = List.copyOf(draftStatuses);
        links = List.copyOf(links);
        requiredSections = List.copyOf(requiredSections);
        Objects.requireNonNull(rawHtml);
        Objects.requireNonNull(editUrl);
        Objects.requireNonNull(publishing);
        Objects.requireNonNull(adoption);
        Objects.requireNonNull(trackers);
    }

    public static SiteConfig defaults() {
        return new SiteConfig("Postmortems", "Every incident we learned from.", "/", ZoneId.of("UTC"),
                Vocabulary.of(Term.of("draft", "Draft"), Term.of("in-review", "In review"), Term.of("complete", "Complete")),
                List.of("draft"),
                Vocabulary.of(Term.of("SEV1", "SEV1"), Term.of("SEV2", "SEV2"), Term.of("SEV3", "SEV3"), Term.of("SEV4", "SEV4")),
                List.of(), SRE_SECTIONS, DEFAULT_MAX_FILE_SIZE, RawHtml.ESCAPE, Optional.empty(),
                Publishing.DEFAULTS, Adoption.DEFAULTS, Trackers.NONE);
    }

    public boolean isDraft(Term status) {
        return draftStatuses.stream().anyMatch(status.key()::equalsIgnoreCase);
    }

    public SiteConfig withBasePath(String path) {
        return new SiteConfig(title, description, path, timezone, statuses, draftStatuses, severities, links,
                requiredSections, maxFileSize, rawHtml, editUrl, publishing, adoption, trackers);
    }

    public SiteConfig withTimezone(ZoneId zone) {
        return new SiteConfig(title, description, basePath, zone, statuses, draftStatuses, severities, links,
                requiredSections, maxFileSize, rawHtml, editUrl, publishing, adoption, trackers);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, basePath, timezone, statuses, draftStatuses, severities, links,
                requiredSections, maxFileSize, rawHtml, editUrl, publishing.withBaseUrl(url), adoption, trackers);
    }
}
