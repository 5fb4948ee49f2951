package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.NavLink;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.Slugs;
import dev.hindsight.model.Term;
import dev.hindsight.model.Vocabulary;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code site.yml}; every field is optional and falls back to {@link SiteConfig#defaults()}. */
public final class SiteConfigReader {

    static final List<String> FIELDS = List.of("title", "description", "base_path", "timezone", "statuses",
            "severities", "links", "required_sections", "max_file_size", "allow_html", "edit_url", "base_url", "robots",
            "cname");
    private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+)\\s*(b|kb|mb|gb)?\\s*");

    private SiteConfigReader() {
    }

    public static Optional<SiteConfig> read(String yaml, Diagnostics diagnostics) {
        SiteConfig defaults = SiteConfig.defaults();
        Optional<YamlNode> root = YamlReader.read(yaml, 1, diagnostics);
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
        Optional<List<ConfiguredTerm>> statuses = vocabulary(fields, "statuses", diagnostics);
        SiteConfig config = new SiteConfig(
                fields.text("title", false).orElse(defaults.title()),
                fields.text("description", false).orElse(defaults.description()),
                fields.text("base_path", false).flatMap(b -> basePath(b, fields.positionOf("base_path"), diagnostics))
                        .orElse(defaults.basePath()),
                fields.text("timezone", false).flatMap(z -> zone(z, fields.positionOf("timezone"), diagnostics))
                        .orElse(defaults.timezone()),
                statuses.map(SiteConfigReader::terms).orElse(defaults.statuses()),
                statuses.flatMap(SiteConfigReader::drafts).orElse(defaults.draftStatuses()),
                vocabulary(fields, "severities", diagnostics).map(SiteConfigReader::terms).orElse(defaults.severities()),
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
                PublishingReader.read(fields, diagnostics));
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
        Matcher m = SIZE.matcher(text);
        if (!m.matches()) {
            diagnostics.error(at, "config", "invalid max_file_size [" + text + "]; write a size such as 5MB or 500KB");
            return Optional.empty();
        }
        long unit = switch (m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT)) {
            case "kb" -> 1024L;
            case "mb" -> 1024L * 1024;
            case "gb" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        return Optional.of(Long.parseLong(m.group(1)) * unit);
    }

    /** One configured term and whether postmortems with it are drafts. */
    private record ConfiguredTerm(Term term, boolean draft) {
    }

    /** A vocabulary is a list of keys, or of {@code {key, label, draft}} mappings for a friendlier display. */
    private static Optional<List<ConfiguredTerm>> vocabulary(FieldReader fields, String key, Diagnostics diagnostics) {
        return termNodes(fields, key, diagnostics).map(nodes -> {
            List<ConfiguredTerm> terms = new ArrayList<>();
            for (YamlNode node : nodes) {
                termOf(node, key, diagnostics).ifPresent(terms::add);
            }
            return terms;
        });
    }

    private static Vocabulary terms(List<ConfiguredTerm> configured) {
        return new Vocabulary(configured.stream().map(ConfiguredTerm::term).toList());
    }

    /** Statuses marked {@code draft: true} stay out of the site; without any marks, "draft" does. */
    private static Optional<List<String>> drafts(List<ConfiguredTerm> statuses) {
        List<String> drafts = statuses.stream().filter(ConfiguredTerm::draft).map(t -> t.term().key()).toList();
        return drafts.isEmpty() ? Optional.empty() : Optional.of(drafts);
    }

    private static Optional<List<YamlNode>> termNodes(FieldReader fields, String key, Diagnostics diagnostics) {
        return fields.present(key, false).flatMap(entry -> {
            if (entry.value() instanceof YamlNode.Sequence seq && !seq.items().isEmpty()) {
                return Optional.of(seq.items());
            }
            diagnostics.error(entry.value().position(), "config", key + " expects a non-empty list of values, found "
                    + entry.value().kind());
            return Optional.empty();
        });
    }

    private static Optional<ConfiguredTerm> termOf(YamlNode node, String field, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Scalar scalar && !scalar.isNull()) {
            return Optional.of(new ConfiguredTerm(Term.of(scalar.text().strip(), scalar.text().strip()), false));
        }
        if (node instanceof YamlNode.Mapping mapping) {
            FieldReader term = new FieldReader(mapping, diagnostics, mapping.position(), field + ".");
            term.warnUnknownKeys(List.of("key", "label", "draft"));
            Optional<String> key = term.text("key", true);
            boolean draft = term.text("draft", false).map("true"::equalsIgnoreCase).orElse(false);
            return key.map(k -> new ConfiguredTerm(new Term(k, term.text("label", false).orElse(k), Slugs.of(k)), draft));
        }
        diagnostics.error(node.position(), "config", field + " entries are a value or {key, label}, found " + node.kind());
        return Optional.empty();
    }

    private static List<NavLink> links(FieldReader fields, Diagnostics diagnostics) {
        List<NavLink> links = new ArrayList<>();
        termNodes(fields, "links", diagnostics).ifPresent(nodes -> {
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
                        links.add(new NavLink(label.get(), url.get()));
                    }
                } else {
                    diagnostics.error(node.position(), "config", "links entries are {label, url}, found " + node.kind());
                }
            }
        });
        return links;
    }
}
