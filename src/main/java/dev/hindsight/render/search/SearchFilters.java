package dev.hindsight.render.search;

import dev.hindsight.model.Group;
import dev.hindsight.model.Library;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.YearGroup;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The filters of the search page, each value with the numbers of its documents. Their names are the
 * URL parameters ({@code ?service=payments&year=2024}) and their keys the slugs the grouping pages use.
 */
final class SearchFilters {

    /** One filter: a URL parameter, how the page labels it, and its values in the order the page lists them. */
    record Filter(String name, String label, List<Value> values) {
    }

    /** One value of a filter, its documents ascending. */
    record Value(String key, String label, int[] docs) {
    }

    private final Map<Postmortem, Integer> numbers = new IdentityHashMap<>();

    private SearchFilters(List<Postmortem> documents) {
        for (int i = 0; i < documents.size(); i++) {
            numbers.put(documents.get(i), i);
        }
    }

    static List<Filter> of(Library library) {
        SearchFilters filters = new SearchFilters(library.postmortems());
        return List.of(
                new Filter("status", "Status", filters.groups(library.statuses().stream())),
                new Filter("severity", "Severity", filters.groups(library.severities().stream())),
                new Filter("service", "Service", filters.groups(library.services().stream())),
                new Filter("team", "Team", filters.byName(library, p -> p.team().stream().toList())),
                new Filter("tag", "Tag", filters.groups(library.tags().stream())),
                new Filter("year", "Year", filters.groups(library.years().stream().map(SearchFilters::asGroup))),
                new Filter("author", "Author", filters.byName(library, Postmortem::authors)));
    }

    private List<Value> groups(Stream<Group> groups) {
        return groups.filter(g -> g.size() > 0)
                .map(g -> new Value(g.slug(), g.label(), docs(g.postmortems())))
                .toList();
    }

    private List<Value> byName(Library library, Function<Postmortem, List<String>> namesOf) {
        return groups(Library.byName(library.postmortems(), namesOf).stream());
    }

    private static Group asGroup(YearGroup year) {
        return new Group(year.slug(), year.slug(),
                year.months().stream().flatMap(m -> m.postmortems().stream()).toList());
    }

    private int[] docs(List<Postmortem> postmortems) {
        return postmortems.stream().mapToInt(numbers::get).sorted().toArray();
    }
}
