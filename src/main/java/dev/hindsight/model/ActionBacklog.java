package dev.hindsight.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every action item of the library with the postmortem it came from: the one list that the action
 * items pages, the exports and the {@code actions} command all read, most urgent first.
 */
public final class ActionBacklog {

    /** Done items closed this many days before the build day, or fewer, count as done recently. */
    public static final int RECENT_DAYS = 90;

    /**
     * An item with the keys it is sorted by, worked out once: a chain of comparators re-reads each
     * item's optionals at every one of the million comparisons a 10,000-postmortem library takes.
     *
     * @param settled  done or not doing, after the outstanding ones
     * @param due      the due day as an epoch day, {@link Long#MAX_VALUE} when there is none (last)
     * @param priority {@code P1} before {@code P2}; null when there is none (last)
     * @param source   the postmortem's place among them newest first (undated ones last)
     */
    private record Ranked(TrackedAction action, boolean settled, long due, String priority, int source)
            implements Comparable<Ranked> {

        static Ranked of(ActionItem item, Postmortem p, int source) {
            return new Ranked(new TrackedAction(item, p), !item.status().isOutstanding(),
                    item.due().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE), item.priority().orElse(null), source);
        }

        /**
         * Outstanding items before settled ones; then the earliest due date, the highest priority, the
         * newest postmortem and the item's title, so that the order is total.
         */
        @Override
        public int compareTo(Ranked other) {
            int order = Boolean.compare(settled, other.settled);
            if (order == 0) {
                order = Long.compare(due, other.due);
            }
            if (order == 0) {
                order = priority == null || other.priority == null
                        ? Boolean.compare(priority == null, other.priority == null)
                        : priority.compareTo(other.priority);
            }
            if (order == 0) {
                order = Integer.compare(source, other.source);
            }
            return order != 0 ? order : action.item().title().compareTo(other.action.item().title());
        }
    }

    private final List<TrackedAction> all;
    private final List<TrackedAction> outstanding;
    private final List<OwnerActions> owners;
    private final Map<String, List<TrackedAction>> byService = new TreeMap<>();
    /** Every item of each owner, whatever its status, by the owner's slug: slugs are costly to make, so once. */
    private final Map<String, List<TrackedAction>> byOwnerSlug = new TreeMap<>();

    private ActionBacklog(List<TrackedAction> all) {
        this.all = List.copyOf(all);
        this.outstanding = all.stream().filter(a -> a.item().status().isOutstanding()).toList();
        all.forEach(a -> byOwnerSlug.computeIfAbsent(Slugs.of(a.item().owner()), s -> new ArrayList<>()).add(a));
        this.owners = byOwner(byOwnerSlug);
        for (TrackedAction a : outstanding) {
            a.source().services().stream().map(Slugs::of).distinct()
                    .forEach(slug -> byService.computeIfAbsent(slug, s -> new ArrayList<>()).add(a));
        }
    }

    /** @param newestFirst the library's postmortems in its order, {@link Library#NEWEST_FIRST} */
    static ActionBacklog of(List<Postmortem> newestFirst) {
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            for (ActionItem item : newestFirst.get(i).actionItems()) {
                ranked.add(Ranked.of(item, newestFirst.get(i), i));
            }
        }
        Collections.sort(ranked);
        return new ActionBacklog(ranked.stream().map(Ranked::action).toList());
    }

    /** Every item, whatever its status. */
    public List<TrackedAction> all() {
        return all;
    }

    /** Open and in-progress items. */
    public List<TrackedAction> outstanding() {
        return outstanding;
    }

    /** The outstanding items of each owner, owners alphabetical; "Alice" and "alice" are one owner. */
    public List<OwnerActions> owners() {
        return owners;
    }

    public List<TrackedAction> select(ActionFilter filter, LocalDate today) {
        return all.stream().filter(a -> filter.accepts(a, today)).toList();
    }

    public ActionCounts counts(LocalDate today) {
        return counts(all, today);
    }

    /** The counts of one owner's items, by the owner's slug. */
    public ActionCounts ownerCounts(String ownerSlug, LocalDate today) {
        return counts(byOwnerSlug.getOrDefault(ownerSlug, List.of()), today);
    }

    private static ActionCounts counts(List<TrackedAction> all, LocalDate today) {
        List<TrackedAction> outstanding = all.stream().filter(a -> a.item().status().isOutstanding()).toList();
        long overdue = outstanding.stream().filter(a -> a.item().isOverdue(today)).count();
        LocalDate recentFrom = today.minusDays(RECENT_DAYS);
        long doneRecently = all.stream().map(TrackedAction::item)
                .filter(item -> item.status() == ActionStatus.DONE)
                .filter(item -> item.closed().filter(c -> !c.isBefore(recentFrom) && !c.isAfter(today)).isPresent())
                .count();
        long notDoing = all.stream().filter(a -> a.item().status() == ActionStatus.NOT_DOING).count();
        return new ActionCounts(outstanding.size(), overdue, doneRecently, notDoing);
    }

    /**
     * Days from the incident (the postmortem's date) to the item's {@code closed} day, for every done
     * item that records one of a dated postmortem, shortest first.
     */
    public List<Long> daysToClose() {
        return all.stream()
                .filter(a -> a.item().status() == ActionStatus.DONE)
                .flatMap(a -> a.source().date().flatMap(day -> a.item().closed().map(c -> ChronoUnit.DAYS.between(day, c))).stream())
                .filter(days -> days >= 0)
                .sorted()
                .toList();
    }

    /** The outstanding items from postmortems that involve a service, by the service's slug; most urgent first. */
    public List<TrackedAction> outstandingForService(String serviceSlug) {
        return byService.getOrDefault(serviceSlug, List.of());
    }

    /** Due dates of the outstanding items among {@code items} not yet overdue on {@code today}: those that may become overdue. */
    public static List<LocalDate> upcomingDueDates(List<TrackedAction> items, LocalDate today) {
        return items.stream()
                .filter(a -> a.item().status().isOutstanding())
                .flatMap(a -> a.item().due().stream())
                .filter(due -> !due.isBefore(today))
                .toList();
    }

    /** Every outstanding item, owner by owner: the order of the action items pages. */
    public List<TrackedAction> outstandingByOwner() {
        return owners.stream().flatMap(o -> o.items().stream()).toList();
    }

    /** Owners with outstanding items, alphabetical; an owner is named by its alphabetically first spelling. */
    private static List<OwnerActions> byOwner(Map<String, List<TrackedAction>> bySlug) {
        List<OwnerActions> owners = new ArrayList<>();
        bySlug.forEach((slug, items) -> {
            List<TrackedAction> open = items.stream().filter(a -> a.item().status().isOutstanding()).toList();
            if (!open.isEmpty()) {
                String label = open.stream().map(a -> a.item().owner()).min(Comparator.naturalOrder()).orElseThrow();
                owners.add(new OwnerActions(label, slug, open));
            }
        });
        owners.sort(Comparator.comparing((OwnerActions o) -> o.owner().toLowerCase(Locale.ROOT))
                .thenComparing(OwnerActions::slug));
        return List.copyOf(owners);
    }

    /** One owner's outstanding items, most urgent first. */
    public record OwnerActions(String owner, String slug, List<TrackedAction> items) {

        public OwnerActions {
            items = List.copyOf(items);
        }
    }
}
