package dev.hindsight.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Every action item of the library with the postmortem it came from: the one list that the action
 * items pages, the exports and the {@code actions} command all read, most urgent first.
 */
public final class ActionBacklog {

    /** Done items closed this many days before the build day, or fewer, count as done recently. */
    public static final int RECENT_DAYS = 90;

    /**
     * Outstanding items before closed ones; then the earliest due date, the highest priority (P1 before
     * P2), the newest postmortem, and its id and the item's title, so that the order is total.
     */
    private static final Comparator<TrackedAction> MOST_URGENT_FIRST =
            Comparator.<TrackedAction, Boolean>comparing(a -> !a.item().status().isOutstanding())
                    .thenComparing(a -> a.item().due().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(a -> a.item().priority().orElse(null), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(a -> a.source().date(), Comparator.reverseOrder())
                    .thenComparing(a -> a.source().id())
                    .thenComparing(a -> a.item().title());

    private final List<TrackedAction> all;
    private final List<TrackedAction> outstanding;
    private final List<OwnerActions> owners;
    private final Map<String, List<TrackedAction>> byService = new TreeMap<>();

    private ActionBacklog(List<TrackedAction> all) {
        this.all = List.copyOf(all);
        this.outstanding = all.stream().filter(a -> a.item().status().isOutstanding()).toList();
        this.owners = byOwner(outstanding);
        for (TrackedAction a : outstanding) {
            a.source().services().stream().map(Slugs::of).distinct()
                    .forEach(slug -> byService.computeIfAbsent(slug, s -> new ArrayList<>()).add(a));
        }
    }

    public static ActionBacklog of(List<Postmortem> postmortems) {
        return new ActionBacklog(postmortems.stream()
                .flatMap(p -> p.actionItems().stream().map(item -> new TrackedAction(item, p)))
                .sorted(MOST_URGENT_FIRST)
                .toList());
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
        return counts(today, a -> true);
    }

    /** The counts of one owner's items, by the owner's slug. */
    public ActionCounts ownerCounts(String ownerSlug, LocalDate today) {
        return counts(today, a -> Slugs.of(a.item().owner()).equals(ownerSlug));
    }

    private ActionCounts counts(LocalDate today, Predicate<TrackedAction> which) {
        List<TrackedAction> all = this.all.stream().filter(which).toList();
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
     * item that records one, shortest first.
     */
    public List<Long> daysToClose() {
        return all.stream()
                .filter(a -> a.item().status() == ActionStatus.DONE)
                .flatMap(a -> a.item().closed().map(c -> ChronoUnit.DAYS.between(a.source().date(), c)).stream())
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

    private static List<OwnerActions> byOwner(List<TrackedAction> outstanding) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, List<TrackedAction>> members = new TreeMap<>();
        for (TrackedAction a : outstanding) {
            String slug = Slugs.of(a.item().owner());
            labels.merge(slug, a.item().owner(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
            members.computeIfAbsent(slug, s -> new ArrayList<>()).add(a);
        }
        return members.entrySet().stream()
                .map(e -> new OwnerActions(labels.get(e.getKey()), e.getKey(), e.getValue()))
                .sorted(Comparator.comparing((OwnerActions o) -> o.owner().toLowerCase(Locale.ROOT))
                        .thenComparing(OwnerActions::slug))
                .toList();
    }

    /** One owner's outstanding items, most urgent first. */
    public record OwnerActions(String owner, String slug, List<TrackedAction> items) {

        public OwnerActions {
            items = List.copyOf(items);
        }
    }
}
