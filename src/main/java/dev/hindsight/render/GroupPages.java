package dev.hindsight.render;

import dev.hindsight.model.Group;
import dev.hindsight.model.Library;
import dev.hindsight.render.page.GroupIndexPage;
import dev.hindsight.render.page.GroupExtras;
import dev.hindsight.render.page.ListPage;
import dev.hindsight.model.TrackedAction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One grouping of the postmortems (by status, severity, service or tag): its index, and a page per value. */
final class GroupPages implements Output {

    static final GroupPages STATUS = new GroupPages(Urls.STATUS, "Status", "By status",
            "Postmortems by where they stand in review.", Chrome.Section.POSTMORTEMS, Library::statuses,
            GroupPages::noExtras);
    static final GroupPages SEVERITY = new GroupPages(Urls.SEVERITY, "Severity", "By severity",
            "Postmortems by how badly the incident hurt users.", Chrome.Section.POSTMORTEMS, Library::severities,
            GroupPages::noExtras);
    static final GroupPages SERVICES = new GroupPages(Urls.SERVICES, "Service", "Services",
            "Postmortems by the services the incident involved.", Chrome.Section.SERVICES, Library::services,
            GroupPages::serviceExtras);
    static final GroupPages TAGS = new GroupPages(Urls.TAGS, "Tag", "Tags", "Postmortems by topic.",
            Chrome.Section.TAGS, Library::tags, GroupPages::noExtras);

    /** A service page lists this many of its open action items at most; the action items page has them all. */
    private static final int SERVICE_ACTIONS = 20;

    private final String prefix;
    private final String kind;
    private final String heading;
    private final String intro;
    private final Chrome.Section section;
    private final Function<Library, List<Group>> groups;
    private final BiFunction<RenderContext, Group, GroupExtras> extras;

    private GroupPages(String prefix, String kind, String heading, String intro, Chrome.Section section,
                       Function<Library, List<Group>> groups, BiFunction<RenderContext, Group, GroupExtras> extras) {
        this.prefix = prefix;
        this.kind = kind;
        this.heading = heading;
        this.intro = intro;
        this.section = section;
        this.groups = groups;
        this.extras = extras;
    }

    @Override
    public List<OutputFile> files(RenderContext context) {
        List<Group> all = groups.apply(context.library());
        List<OutputFile> files = new ArrayList<>();
        files.add(RenderContext.page(prefix + "index.html", "groups.jte", new GroupIndexPage(
                context.chrome(prefix, section, heading, intro), heading, intro, prefix, all)));
        for (Group group : all) {
            String path = Urls.group(prefix, group);
            String count = Format.count(group.size(), "postmortem", "postmortems");
            GroupExtras first = extras.apply(context, group);
            files.addAll(Pagination.pages(path, group.postmortems(), "list.jte", (pager, slice) -> new ListPage(
                    context.chrome(pager, section, kind + ": " + group.label(),
                            count + " with " + kind.toLowerCase(Locale.ROOT) + " " + group.label() + "."),
                    kind, group.label(), count + ", newest first.", prefix, heading, slice, pager,
                    pager.number() == 1 ? first : GroupExtras.NONE, context.today())));
        }
        return files;
    }

    private static GroupExtras noExtras(RenderContext context, Group group) {
        return GroupExtras.NONE;
    }

    /** A service's most urgent open items, and a warning when it had many incidents this year. */
    private static GroupExtras serviceExtras(RenderContext context, Group service) {
        Library library = context.library();
        List<TrackedAction> open = library.actions().outstandingForService(service.slug());
        // This service's own postmortems only: the whole list of repeat offenders, once per service page, was
        // services × postmortems.
        Optional<String> highlight = Optional.of(Library.lastTwelveMonths(service, context.today()))
                .filter(Library::isRepeatOffender)
                .map(g -> "Repeat offender: " + Format.count(g.size(), "postmortem", "postmortems")
                        + " in the 12 months up to " + Format.date(context.today()) + ".");
        return new GroupExtras(open.subList(0, Math.min(SERVICE_ACTIONS, open.size())),
                Math.max(0, open.size() - SERVICE_ACTIONS), "service=" + Urls.fragment(service.label()),
                highlight);
    }
}
