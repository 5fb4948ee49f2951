package dev.hindsight.render;

import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.TrackedAction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of an action item wherever it is exported, in one place: the site's
 * {@code action-items.csv} and {@code action-items.json}, and the {@code actions} command's table,
 * CSV and JSON. A value is text, a boolean, a list of text, or {@code null} when unknown. Columns
 * are only ever added, at the end, as scripts read them by position.
 */
public final class ActionItemColumns {

    /** One column: its name (CSV header, JSON key) and how a row gets its value. */
    public record Column(String name, Function<TrackedAction, Object> value) {
    }

    private final List<Column> columns;

    /** The columns for a site and the day overdue items are judged against. */
    public ActionItemColumns(SiteConfig site, LocalDate today) {
        this.columns = List.of(
                new Column("postmortem_id", a -> a.source().id()),
                new Column("postmortem_title", a -> a.source().title()),
                new Column("postmortem_date", a -> day(a.source().date())),
                new Column("postmortem_path", a -> Urls.postmortem(a.source())),
                new Column("postmortem_url", a -> site.publishing().absolute(Urls.postmortem(a.source())).orElse(null)),
                new Column("services", a -> a.source().services()),
                new Column("team", a -> a.source().team().orElse(null)),
                new Column("title", a -> a.item().title()),
                new Column("type", a -> a.item().type().key()),
                new Column("owner", a -> a.item().owner()),
                new Column("status", a -> a.item().status().key()),
                new Column("priority", a -> a.item().priority().orElse(null)),
                new Column("due", a -> day(a.item().due())),
                new Column("overdue", a -> a.item().isOverdue(today)),
                new Column("ticket", a -> a.item().ticket().orElse(null)),
                new Column("ticket_url", a -> a.item().ticket().flatMap(t -> TicketLinks.of(t, site.trackers())).orElse(null)),
                new Column("closed", a -> day(a.item().closed())));
    }

    public List<Column> all() {
        return columns;
    }

    public Column named(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + name));
    }

    private static String day(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse(null);
    }
}
