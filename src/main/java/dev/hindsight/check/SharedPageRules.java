package dev.hindsight.check;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Slugs;
import dev.hindsight.parse.FrontMatter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Every service and tag gets a page named by its slug. Spellings that differ only in case are one
 * value on purpose; other spellings that come out as one slug ({@code human error}, {@code human-error})
 * would silently share a page, so the second is pointed out, naming the first.
 */
final class SharedPageRules {

    private SharedPageRules() {
    }

    static List<Diagnostic> check(List<FrontMatter> all) {
        List<Diagnostic> found = new ArrayList<>(check(all, "service", Postmortem::services,
                (f, i) -> f.positionOf(new FrontMatter.Service(i))));
        found.addAll(check(all, "tag", Postmortem::tags, (f, i) -> f.positionOf(new FrontMatter.Tag(i))));
        return found;
    }

    /** The first spelling seen for a slug, and the file it was seen in. */
    private record FirstUse(String value, String file) {
    }

    /** @param positionOf where value {@code i} (from 0) of a postmortem was written */
    private static List<Diagnostic> check(List<FrontMatter> all, String singular,
                                          Function<Postmortem, List<String>> valuesOf,
                                          BiFunction<FrontMatter, Integer, Position> positionOf) {
        List<Diagnostic> found = new ArrayList<>();
        Map<String, FirstUse> bySlug = new HashMap<>();
        for (FrontMatter current : all) {
            Postmortem p = current.postmortem();
            List<String> values = valuesOf.apply(p);
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                String slug = Slugs.of(value);
                FirstUse first = bySlug.putIfAbsent(slug, new FirstUse(value, p.sourcePath()));
                if (first != null && !first.value().equalsIgnoreCase(value)) {
                    found.add(Diagnostic.warning(p.sourcePath(), positionOf.apply(current, i),
                            "shared-page", singular + " [" + value + "] shares its page (" + slug + ") with ["
                                    + first.value() + "] of " + first.file() + ", so the site shows them as one "
                                    + singular + "; write both the same way, or rename one"));
                }
            }
        }
        return found;
    }
}
