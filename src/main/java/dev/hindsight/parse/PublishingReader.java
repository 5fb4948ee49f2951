package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Publishing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads the fields of {@code site.yml} that say where the site is published: base_url, robots, cname. */
final class PublishingReader {

    private PublishingReader() {
    }

    static Publishing read(FieldReader fields, Diagnostics diagnostics) {
        return new Publishing(
                fields.text("base_url", false).filter(url -> validBaseUrl(url, fields, diagnostics)),
                fields.choice("robots", false, PublishingReader::robots, List.of("allow", "disallow"))
                        .orElse(Publishing.DEFAULTS.robots()),
                fields.text("cname", false).filter(host -> validHost(host, fields, diagnostics)));
    }

    private static boolean validBaseUrl(String url, FieldReader fields, Diagnostics diagnostics) {
        Optional<String> problem = BaseUrls.problem(url);
        problem.ifPresent(p -> diagnostics.error(fields.positionOf("base_url"), "config",
                "invalid base_url [" + url + "]: " + p));
        return problem.isEmpty();
    }

    private static boolean validHost(String host, FieldReader fields, Diagnostics diagnostics) {
        if (!HostNames.isValid(host)) {
            diagnostics.error(fields.positionOf("cname"), "config", "invalid cname [" + host + "]; write the custom "
                    + "domain as a host name such as postmortems.example.org, without https:// or a path");
            return false;
        }
        return true;
    }

    private static Optional<Publishing.Robots> robots(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "allow" -> Optional.of(Publishing.Robots.ALLOW);
            case "disallow" -> Optional.of(Publishing.Robots.DISALLOW);
            default -> Optional.empty();
        };
    }
}
