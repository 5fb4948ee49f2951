package dev.hindsight.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Every published postmortem with its indexes, computed once and sorted: the one thing the renderer
 * reads. Ordering is total (date, then id) so that output never depends on input order.
 */
public record Library(List<Postmortem> postmortems, List<Group> statuses, List<Group> severities,
                      List<Group> services, List<Group> tags, List<YearGroup> years,
                      List<TrackedAction> openActions) {

    public static final Comparator<Postmortem> NEWEST_FIRST =
            Comparator.comparing(Postmortem::date).reversed().thenComparing(Postmortem::id);

    private static final Comparator<TrackedAction> MOST_URGENT_FIRST =
            Comparator.<TrackedAction, java.time.LocalDate>comparing(a -> a.item().due().orElse(null),
                            Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(a -> a.item().priority().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(a -> a.source().date(), Comparator.reverseOrder())
                    .thenComparing(a -> a.source().id())
                    .thenComparing(a -> a.item().title());

    public Library {
        postmortems = List.copyOf(postmortems);
        statuses = List.copyOf(statuses);
        severities = List.copyOf(severities);
        services = List.copyOf(services);
        tags = List.copyOf(tags);
        years = List.copyOf(years);
        openActions = List.copyOf(openActions);
    }

    public static Library assemble(List<Postmortem> postmortems, Vocabulary statuses, Vocabulary severities) {
        List<Postmortem> sorted = postmortems.stream().sorted(NEWEST_FIRST).toList();
        return new Library(sorted,
                byTerm(sorted, statuses, p -> Optional.of(p.status())),
                byTerm(sorted, severities, Postmortem::severity),
                byName(sorted, Postmortem::services),
                byName(sorted, Postmortem::tags),
                byYear(sorted),
                openActions(sorted));
    }

    public Optional<Postmortem> find(String id) {
        return postmortems.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Declared related postmortems first, then others that share a service, newest first. */
    public List<Postmortem> relatedTo(Postmortem postmortem, int limit) {
        Map<String, Postmortem> related = new LinkedHashMap<>();
        postmortem.related().forEach(id -> find(id).ifPresent(p -> related.put(p.id(), p)));
        for (Postmortem other : postmortems) {
            if (related.size() >= limit) {
                break;
            }
            if (!other.id().equals(postmortem.id()) && other.services().stream().anyMatch(postmortem.services()::contains)) {
                related.putIfAbsent(other.id(), other);
            }
        }
        return List.copyOf(related.values());
    }

    public long overdueCount(java.time.LocalDate today) {
        return openActions.stream().filter(a -> a.item().isOverdue(today)).count();
    }

    private static List<Group> byTerm(List<Postmortem> sorted, Vocabulary vocabulary,
                                      Function<Postmortem, Optional<Term>> termOf) {
        return vocabulary.terms().stream()
                .map(term -> new Group(term.label(), term.slug(),
                        sorted.stream().filter(p -> termOf.apply(p).filter(term::equals).isPresent()).toList()))
                .toList();
    }

    /** Free-text values are grouped by slug, so "Billing" and "billing" are one group. */
    private static List<Group> byName(List<Postmortem> sorted, Function<Postmortem, List<String>> namesOf) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, List<Postmortem>> members = new TreeMap<>();
        for (Postmortem p : sorted) {
            namesOf.apply(p).stream().distinct().forEach(name -> {
                String slug = Slugs.of(name);
                labels.merge(slug, name, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                List<Postmortem> list = members.computeIfAbsent(slug, s -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != p) {
                    list.add(p);
                }
            });
        }
        return members.entrySet().stream()
                .map(e -> new Group(labels.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((Group g) -> g.label().toLowerCase(Locale.ROOT)).thenComparing(Group::slug))
                .toList();
    }

    private static List<YearGroup> byYear(List<Postmortem> sorted) {
        Map<Integer, Map<YearMonth, List<Postmortem>>> years = new TreeMap<>(Comparator.reverseOrder());
        for (Postmortem p : sorted) {
            years.computeIfAbsent(p.date().getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(YearMonth.from(p.date()), m -> new ArrayList<>())
                    .add(p);
        }
        return years.entrySet().stream()
                .map(y -> new YearGroup(y.getKey(), y.getValue().entrySet().stream()
                        .map(m -> new YearGroup.Month(m.getKey(), m.getValue())).toList()))
                .toList();
    }

    private static List<TrackedAction> openActions(List<Postmortem> sorted) {
        return sorted.stream()
                .flatMap(p -> p.actionItems().stream().filter(a -> a.status().isOutstanding()).map(a -> new TrackedAction(a, p)))
                .sorted(MOST_URGENT_FIRST)
                .toList();
    }
}
