package dev.hindsight.check;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Body;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Checks a rendered body against the site's template: its sections and its title. */
public final class BodyRules {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private BodyRules() {
    }

    public static void check(List<Body.Heading> headings, Optional<String> title, List<String> requiredSections, Diagnostics diagnostics) {
        List<String> missing = requiredSections.stream()
                .filter(section -> headings.stream()
                        .noneMatch(h -> h.level() == 2 && normalize(h.text()).equals(normalize(section))))
                .map(section -> "\"## " + section + "\"")
                .toList();
        // One line for all of them: a file written to another template would otherwise get ten.
        if (!missing.isEmpty()) {
            diagnostics.warning(Position.START, "section-missing", "no " + String.join(", ", missing)
                    + (missing.size() == 1 ? " section" : " sections") + "; add " + (missing.size() == 1 ? "it" : "them")
                    + ", or change required_sections in site.yml");
        }
        title.ifPresent(t -> headings.stream()
                .filter(h -> h.level() == 1 && !normalize(h.text()).equals(normalize(t)))
                .findFirst()
                .ifPresent(h -> diagnostics.warning(new Position(h.line(), 1), "title-mismatch", "heading [" + h.text()
                        + "] differs from the title [" + t + "]; the page shows the title, so remove the heading "
                        + "or make them match")));
    }

    private static String normalize(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }
}
