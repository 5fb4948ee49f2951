package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Adoption;
import dev.hindsight.model.NavLink;
import dev.hindsight.model.SiteConfig;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads {@code site.yml}; every field is optional and falls back to {@link SiteConfig#defaults()}. */
public final class SiteConfigReader {

    static final List<String> FIELDS = List.of("title", "description", "base_path", "timezone", "statuses",
            "severities", "links", "required_sections", "max_file_size", "allow_html", "edit_url", "base_url", "robots",
            "cname", "default_status", "include", "exclude", "trackers", "github_repo");

    private static final Pattern OTHER_HOST = Pattern.compile("[/\\\\]{2}");

    private SiteConfigReader() {
    }

    public static Optional<SiteConfig> read(String yaml, Diagnostics diagnostics) {
        SiteConfig defaults = SiteConfig.defaults();
        Optional<YamlNode> root = YamlReader.readSiteConfig(yaml, diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(root.get().position(), "config", "site.yml must be fields written as \"key: value\", found "
                    + root.get().kind());
            return Optional.empty();
        }
        FieldReader fields = new FieldReader(mapping, diagnostics, Position.START, "");
        fields.warnUnknownKeys(FIELDS);
        Optional<ConfiguredVocabulary> statuses = ConfiguredVocabulary.read(fields, "statuses", "status", diagnostics);
        Adoption adoption = AdoptionReader.read(fields, statuses.map(ConfiguredVocabulary::vocabulary)
                .orElse(defaults.statuses()), diagnostics);
        SiteConfig config = new SiteConfig(
                fields.text("title", false).orElse(defaults.title()),
                fields.text("description", false).orElse(defaults.description()),
                fields.text("base_path", false).flatMap(b -> basePath(b, fields.positionOf("base_path"), diagnostics))
                        .orElse(defaults.basePath()),
                fields.text("timezone", false).flatMap(z -> zone(z, fields.positionOf("timezone"), diagnostics))
                        .orElse(defaults.timezone()),
                statuses.map(ConfiguredVocabulary::vocabulary).orElse(defaults.statuses()),
                statuses.flatMap(ConfiguredVocabulary::drafts).orElse(defaults.draftStatuses()),
                ConfiguredVocabulary.read(fields, "severities", "severity", diagnostics)
                        .map(ConfiguredVocabulary::vocabulary).orElse(defaults.severities()),
                links(fields, diagnostics),
                fields.present("required_sections", false).isPresent()
                        ? fields.list("required_sections", false).stream().map(FieldReader.Item::text).toList()
                        : defaults.requiredSections(),
                fields.text("max_file_size", false).flatMap(s -> size(s, fields.positionOf("max_file_size"), diagnostics))
                        .orElse(defaults.maxFileSize()),
                fields.choice("allow_html", false, SiteConfigReader::rawHtml, List.of("false", "safe"))
                        .orElse(SiteConfig.RawHtml.ESCAPE),
                fields.text("edit_url", false).flatMap(u -> webLink(u, "edit_url", fields.positionOf("edit_url"),
                        diagnostics)),
                PublishingReader.read(fields, diagnostics),
                adoption,

                TrackersReader.read(fields, diagnostics));
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(config);
    }

    /** {@code true} is refused: all HTML is never allowed, and "true" must not suggest it is. */
    private static Optional<SiteConfig.RawHtml> rawHtml(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "false" -> Optional.of(SiteConfig.RawHtml.ESCAPE);
            case "safe" -> Optional.of(SiteConfig.RawHtml.SAFE);
            default -> Optional.empty();
        };
    }

    private static Optional<String> webLink(String url, String field, Position at, Diagnostics diagnostics) {
        if (!SafeUrls.isWebLink(url)) {
            diagnostics.error(at, "config", "invalid " + field + " [" + url + "]; write an http(s) URL such as "
                    + "https://github.com/org/repo/edit/main/");
            return Optional.empty();
        }
        return Optional.of(url);
    }

    private static Optional<String> basePath(String text, Position at, Diagnostics diagnostics) {
        if (!BasePaths.isValid(text)) {
            diagnostics.error(at, "config", "invalid base_path [" + text + "]; write a path such as / or /repo/");
            return Optional.empty();
        }
        return Optional.of(BasePaths.normalize(text));
    }

    private static Optional<ZoneId> zone(String text, Position at, Diagnostics diagnostics) {
        try {
            return Optional.of(ZoneId.of(text));
        } catch (DateTimeException e) {
            diagnostics.error(at, "config", "unknown timezone [" + text + "]; use an IANA name such as UTC or Europe/Berlin");
            return Optional.empty();
        }
    }

    private static Optional<Long> size(String text, Position at, Diagnostics diagnostics) {
        Optional<Long> bytes = FileSizes.bytes(text);
        if (bytes.isEmpty()) {
            diagnostics.error(at, "config", FileSizes.isSize(text)
                    ? "max_file_size [" + text + "] is out of range; write a size from 1KB to 1GB, such as 5MB"
                    : "invalid max_file_size [" + text + "]; write a size such as 5MB or 500KB");
        }
        return bytes;
    }

    /** The field's entries, when it is a non-empty list; anything else is reported. */
    static Optional<List<YamlNode>> nonEmptyList(FieldReader fields, String key, Diagnostics diagnostics) {
        return fields.present(key, false).flatMap(entry -> {
            if (entry.value() instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
                return Optional.of(seq.items());
            }
            diagnostics.error(entry.value().position(), "config", key + " expects a non-empty list of values, found "
                    + entry.value().kind());
            return Optional.empty();
        });
    }

    /**
     * A URL without a scheme is a path of the site, {@code about/} and {@code /about/} alike: written as
     * it is, it would lead below the page it is on, or past the base path. Two leading slashes (or a
     * backslash, which browsers read as one) name another host, and {@code #…} a place on the same page.
     */
    private static NavLink navLink(String label, String url) {
        boolean offSite = SafeUrls.hasScheme(url) || OTHER_HOST.matcher(url).lookingAt() || url.startsWith("#");
        return offSite ? new NavLink(label, url, false) : new NavLink(label, url.substring(url.startsWith("/") ? 1 : 0), true);
    }

    private static List<NavLink> links(FieldReader fields, Diagnostics diagnostics) {
        List<NavLink> links = new ArrayList<>();
        nonEmptyList(fields, "links", diagnostics).ifPresent(nodes -> {
            for (YamlNode node : nodes) {
                if (node instanceof YamlNode.Mapping mapping) {
                    FieldReader link = new FieldReader(mapping, diagnostics, mapping.position(), "links.");
                    link.warnUnknownKeys(List.of("label", "url"));
                    Optional<String> label = link.text("label", true);
                    Optional<String> url = link.text("url", true);
                    if (url.isPresent() && !SafeUrls.isSafe(url.get())) {
                        diagnostics.error(link.positionOf("url"), "config", "link url [" + url.get()
                                + "] is not a web link; use an http(s) URL or a path");
                    } else if (label.isPresent() && url.isPresent()) {
                        links.add(navLink(label.get(), url.get()));
                    }
                } else {
                    diagnostics.error(node.position(), "config", "links entries are {label, url}, found " + node.kind());
                }
            }
        });
        return links;
    }
}
