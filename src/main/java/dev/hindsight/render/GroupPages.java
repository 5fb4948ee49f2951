package dev.hindsight.render;

import dev.hindsight.model.Group;
import dev.hindsight.model.Library;
import dev.hindsight.render.page.GroupIndexPage;
import dev.hindsight.render.page.ListPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** One grouping of the postmortems (by status, severity, service or tag): its index, and a page per value. */
final class GroupPages implements Output {

    static final GroupPages STATUS = new GroupPages(Urls.STATUS, "Status", "By status",
            "Postmortems by where they stand in review.", Chrome.Section.POSTMORTEMS, Library::statuses);
    static final GroupPages SEVERITY = new GroupPages(Urls.SEVERITY, "Severity", "By severity",
            "Postmortems by how badly the incident hurt users.", Chrome.Section.POSTMORTEMS, Library::severities);
    static final GroupPages SERVICES = new GroupPages(Urls.SERVICES, "Service", "Services",
            "Postmortems by the services the incident involved.", Chrome.Section.SERVICES, Library::services);
    static final GroupPages TAGS = new GroupPages(Urls.TAGS, "Tag", "Tags", "Postmortems by topic.",
            Chrome.Section.TAGS, Library::tags);

    private final String prefix;
    private final String kind;
    private final String heading;
    private final String intro;
    private final Chrome.Section section;
    private final Function<Library, List<Group>> groups;

    private GroupPages(String prefix, String kind, String heading, String intro, Chrome.Section section,
                       Function<Library, List<Group>> groups) {
        this.prefix = prefix;
        this.kind = kind;
        this.heading = heading;
        this.intro = intro;
        this.section = section;
        this.groups = groups;
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
            files.addAll(Pagination.pages(path, group.postmortems(), "list.jte", (pager, slice) -> new ListPage(
                    context.chrome(pager, section, kind + ": " + group.label(),
                            count + " with " + kind.toLowerCase(Locale.ROOT) + " " + group.label() + "."),
                    kind, group.label(), count + ", newest first.", prefix, heading, slice, pager)));
        }
        return files;
    }
}
