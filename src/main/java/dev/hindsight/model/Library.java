package dev.hindsight.model;

import java.util.Objects;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
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
public final class Library {

    /** Undated postmortems come after all dated ones: no day says where among them they belong. */
    public static final Comparator<Postmortem> NEWEST_FIRST =
            Comparator.comparing((Postmortem p) -> p.date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(Postmortem::id);

    /** How many postmortems in a year make a service a repeat offender. */
    public static final int REPEAT_COUNT = 3;

    private final List<Postmortem> postmortems;
    private final List<Group> statuses;
    private final List<Group> severities;
    private final List<Group> services;
    private final List<Group> tags;
    private final List<YearGroup> years;
    private final ActionBacklog actions;
    private final Map<String, Postmortem> byId = new HashMap<>();
    private final Map<String, Group> servicesBySlug = new HashMap<>();

    private Library(List<Postmortem> postmortems, List<Group> statuses, List<Group> severities, List<Group> services,
                    List<Group> tags, List<YearGroup> years, ActionBacklog actions) {
        this.postmortems = List.copyOf(postmortems);
        this.statuses = List.copyOf(statuses);
        this.severities = List.copyOf(severities);
        this.services = List.copyOf(services);
        this.tags = List.copyOf(tags);
        this.years = List.copyOf(years);
        this.actions = actions;
        postmortems.forEach(p -> byId.putIfAbsent(p.id(), p));
        services.forEach(g -> servicesBySlug.put(g.slug(), g));
    }

    /** Every postmortem, newest first. */
    public List<Postmortem> postmortems() {
        return postmortems;
    }

    /** One group per configured status, in the configured order, empty ones included. */
    public List<Group> statuses() {
        return statuses;
    }

    /** One group per configured severity, in the configured order, empty ones included. */
    public List<Group> severities() {
        return severities;
    }

    /** One group per service, alphabetical. */
    public List<Group> services() {
        return services;
    }

    /** One group per tag, alphabetical. */
    public List<Group> tags() {
        return tags;
    }

    /** Years newest first, each with its months newest first. */
    public List<YearGroup> years() {
        return years;
    }

    /** The postmortems that no year holds, because no day is known for them. */
    public List<Postmortem> undated() {
        return postmortems.stream().filter(p -> p.date().isEmpty()).toList();
    }

    /** Open and in-progress action items of every postmortem, most urgent first. */
    public List<TrackedAction> openActions() {
        return actions.outstanding();
    }

    /** Every action item, whatever its status, with its owners and counts. */
    public ActionBacklog actions() {
        return actions;
    }

    public static Library assemble(List<Postmortem> postmortems, Vocabulary statuses, Vocabulary severities) {
        List<Postmortem> sorted = postmortems.stream().sorted(NEWEST_FIRST).toList();
        return new Library(sorted,
                byTerm(sorted, statuses, p -> Optional.of(p.status())),
                byTerm(sorted, severities, Postmortem::severity),
                byName(sorted, Postmortem::services),
                byName(sorted, Postmortem::tags),
                byYear(sorted),
                ActionBacklog.of(sorted));
    }

    public Optional<Postmortem> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * Declared related postmortems first, then the newest others that share a service. Each service
     * group is already newest first, so only its head needs looking at: linear in services, not in
     * the size of the library.
     */
    public List<Postmortem> relatedTo(Postmortem postmortem, int limit) {
        Map<String, Postmortem> related = new LinkedHashMap<>();
        postmortem.related().forEach(id -> find(id).ifPresent(p -> related.put(p.id(), p)));
        postmortem.services().stream()
                .map(s -> servicesBySlug.get(Slugs.of(s)))
                .filter(Objects::nonNull)
                .flatMap(g -> g.postmortems().stream().filter(p -> !p.id().equals(postmortem.id())).limit(limit))
                .sorted(NEWEST_FIRST)
                .forEach(p -> {
                    if (related.size() < limit) {
                        related.putIfAbsent(p.id(), p);
                    }
                });
        return List.copyOf(related.values());
    }

    /** Due dates of the outstanding items not yet overdue on {@code today}: those that may become overdue. */
    public List<LocalDate> upcomingDueDates(LocalDate today) {
        return ActionBacklog.upcomingDueDates(openActions(), today);
    }

    /**
     * Postmortems of incidents on today's calendar day in earlier years, newest first. In a year
     * without 29 February, those of the 29th show on the 28th, so that they come up every year.
     */
    public List<Postmortem> onThisDay(LocalDate today) {
        MonthDay day = MonthDay.from(today);
        boolean leapDayMissing = day.equals(MonthDay.of(2, 28)) && !today.isLeapYear();
        return postmortems.stream()
                .filter(p -> p.date().filter(d -> d.getYear() < today.getYear())
                        .filter(d -> MonthDay.from(d).equals(day) || leapDayMissing && MonthDay.from(d).equals(MonthDay.of(2, 29)))
                        .isPresent())
                .toList();
    }

    /** Services with {@value #REPEAT_COUNT} or more postmortems in the 12 months up to {@code today}, most first. */
    public List<Group> repeatOffenders(LocalDate today) {
        return services.stream()
                .map(g -> lastTwelveMonths(g, today))
                .filter(Library::isRepeatOffender)
                .sorted(Comparator.comparingInt(Group::size).reversed().thenComparing(Group::slug))
                .toList();
    }

    /** The group's postmortems of the 12 months up to {@code today}. */
    public static Group lastTwelveMonths(Group group, LocalDate today) {
        LocalDate from = today.minusMonths(12);
        return new Group(group.label(), group.slug(), group.postmortems().stream()
                .filter(p -> p.date().filter(d -> d.isAfter(from) && !d.isAfter(today)).isPresent()).toList());
    }

    /** Whether a group of the last 12 months holds {@value #REPEAT_COUNT} or more postmortems. */
    public static boolean isRepeatOffender(Group lastTwelveMonths) {
        return lastTwelveMonths.size() >= REPEAT_COUNT;
    }

    private static List<Group> byTerm(List<Postmortem> sorted, Vocabulary vocabulary,
                                      Function<Postmortem, Optional<Term>> termOf) {
        return vocabulary.terms().stream()
                .map(term -> new Group(term.label(), term.slug(),
                        sorted.stream().filter(p -> termOf.apply(p).filter(term::equals).isPresent()).toList()))
                .toList();
    }

    /**
     * Groups of free-text values, alphabetical. Values are grouped by slug, so "Billing" and "billing"
     * are one group. Search groups teams and authors this way too.
     */
    public static List<Group> byName(List<Postmortem> sorted, Function<Postmortem, List<String>> namesOf) {
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
            p.date().ifPresent(date -> years.computeIfAbsent(date.getYear(), y -> new TreeMap<>(Comparator.reverseOrder()))
                    .computeIfAbsent(YearMonth.from(date), m -> new ArrayList<>())
                    .add(p));
        }
        return years.entrySet().stream()
                .map(y -> new YearGroup(y.getKey(), y.getValue().entrySet().stream()
                        .map(m -> new YearGroup.Month(m.getKey(), m.getValue())).toList()))
                .toList();
    }
}
