package dev.hindsight.render;

import dev.hindsight.model.Group;
import dev.hindsight.model.Library;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.SitePage;
import dev.hindsight.model.YearGroup;
import dev.hindsight.render.page.ActionItemsPage;
import dev.hindsight.render.page.ArchivePage;
import dev.hindsight.render.page.ContentPage;
import dev.hindsight.render.page.GroupIndexPage;
import dev.hindsight.render.page.HomePage;
import dev.hindsight.render.page.ListPage;
import dev.hindsight.render.page.NotFoundPage;
import dev.hindsight.render.page.PostmortemPage;
import dev.hindsight.render.page.YearPage;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Renders every page of the site from the library. Pages are independent, so they render in
 * parallel; the result is sorted by path so that output never depends on scheduling.
 */
public final class SiteRenderer {

    private static final int RECENT = 10;
    private static final int RELATED = 8;
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final SiteConfig site;
    private final List<SitePage> pages;
    private final LocalDate today;

    /** @param today the day that decides which action items are overdue */
    public SiteRenderer(SiteConfig site, List<SitePage> pages, LocalDate today) {
        this.site = site;
        this.pages = List.copyOf(pages);
        this.today = today;
    }

    public List<OutputFile> render(Library library) {
        List<OutputFile> files = new ArrayList<>();
        files.add(page("index.html", "home.jte", home(library)));
        files.add(page("404.html", "notfound.jte",
                new NotFoundPage(Chrome.anywhere(site, "", "Page not found", "There is no page at this address."))));
        files.add(page("postmortems/index.html", "list.jte", new ListPage(
                chrome(Urls.POSTMORTEMS, Chrome.Section.POSTMORTEMS, "All postmortems", "Every postmortem, newest first."),
                "", "All postmortems", "Every postmortem in the library, newest first.", "", "", library.postmortems())));
        for (Postmortem p : library.postmortems()) {
            files.add(page(Urls.postmortem(p) + "index.html", "postmortem.jte", new PostmortemPage(
                    chrome(Urls.postmortem(p), Chrome.Section.POSTMORTEMS, p.title(), p.summary()), p,
                    library.relatedTo(p, RELATED), today)));
        }
        grouping(files, Urls.STATUS, "Status", "By status", "Postmortems by where they stand in review.",
                Chrome.Section.POSTMORTEMS, library.statuses());
        grouping(files, Urls.SEVERITY, "Severity", "By severity", "Postmortems by how badly the incident hurt users.",
                Chrome.Section.POSTMORTEMS, library.severities());
        grouping(files, Urls.SERVICES, "Service", "Services", "Postmortems by the services the incident involved.",
                Chrome.Section.SERVICES, library.services());
        grouping(files, Urls.TAGS, "Tag", "Tags", "Postmortems by topic.", Chrome.Section.TAGS, library.tags());
        archive(files, library.years());
        files.add(page(Urls.ACTION_ITEMS + "index.html", "actions.jte", new ActionItemsPage(
                chrome(Urls.ACTION_ITEMS, Chrome.Section.ACTION_ITEMS, "Open action items",
                        "Every open follow-up from every postmortem."), library.openActions(), today)));
        for (SitePage sitePage : pages) {
            files.add(page(sitePage.slug() + "/index.html", "page.jte", new ContentPage(
                    chrome(sitePage.slug() + "/", Chrome.Section.PAGE, sitePage.title(), site.description()),
                    sitePage.body().html())));
        }
        return Stream.concat(Stream.concat(files.stream(), ThemeAssets.all().stream()), Stream.of(SchemaFile.output(site)))
                .sorted(Comparator.comparing(OutputFile::path))
                .toList();
    }

    private HomePage home(Library library) {
        return new HomePage(chrome("", Chrome.Section.HOME, site.title(), site.description()),
                library.postmortems().size(), library.statuses(), library.severities(),
                library.postmortems().stream().limit(RECENT).toList(), library.openActions().size(),
                library.overdueCount(today), upcomingDueDates(library), today);
    }

    private List<LocalDate> upcomingDueDates(Library library) {
        return library.openActions().stream()
                .flatMap(a -> a.item().due().stream())
                .filter(due -> !due.isBefore(today))
                .toList();
    }

    private void grouping(List<OutputFile> files, String prefix, String kind, String heading, String intro,
                          Chrome.Section section, List<Group> groups) {
        files.add(page(prefix + "index.html", "groups.jte",
                new GroupIndexPage(chrome(prefix, section, heading, intro), heading, intro, prefix, groups)));
        for (Group group : groups) {
            String path = Urls.group(prefix, group);
            String count = Format.count(group.size(), "postmortem", "postmortems");
            files.add(page(path + "index.html", "list.jte", new ListPage(
                    chrome(path, section, kind + ": " + group.label(), count + " with " + kind.toLowerCase() + " "
                            + group.label() + "."),
                    kind, group.label(), count + ", newest first.", prefix, heading, group.postmortems())));
        }
    }

    private void archive(List<OutputFile> files, List<YearGroup> years) {
        files.add(page(Urls.ARCHIVE + "index.html", "archive.jte", new ArchivePage(
                chrome(Urls.ARCHIVE, Chrome.Section.ARCHIVE, "Archive", "Every postmortem by year."), years)));
        for (int i = 0; i < years.size(); i++) {
            YearGroup year = years.get(i);
            Optional<Integer> newer = i > 0 ? Optional.of(years.get(i - 1).year()) : Optional.empty();
            Optional<Integer> older = i + 1 < years.size() ? Optional.of(years.get(i + 1).year()) : Optional.empty();
            files.add(page(Urls.year(year) + "index.html", "year.jte", new YearPage(
                    chrome(Urls.year(year), Chrome.Section.ARCHIVE, Integer.toString(year.year()),
                            "Postmortems of " + year.year() + "."), year, newer, older)));
        }
    }

    private Chrome chrome(String path, Chrome.Section section, String title, String description) {
        return Chrome.at(site, path, section, title, description);
    }

    /** A page, rendered only when it is written. */
    private OutputFile page(String path, String template, Object page) {
        return new OutputFile(path, () -> {
            StringOutput output = new StringOutput(16 * 1024);
            TEMPLATES.render(template, Map.of("page", page, "pages", pages), output);
            return output.toString().getBytes(StandardCharsets.UTF_8);
        });
    }
}
