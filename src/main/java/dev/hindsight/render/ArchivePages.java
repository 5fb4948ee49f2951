package dev.hindsight.render;

import dev.hindsight.model.YearGroup;
import dev.hindsight.render.page.ArchivePage;
import dev.hindsight.render.page.YearPage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The archive: every year, and a page per year grouped by month, each leading to the next. */
final class ArchivePages implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        List<YearGroup> years = context.library().years();
        List<OutputFile> files = new ArrayList<>();
        files.add(RenderContext.page(Urls.ARCHIVE + "index.html", "archive.jte", new ArchivePage(
                context.chrome(Urls.ARCHIVE, Chrome.Section.ARCHIVE, "Archive", "Every postmortem by year."), years)));
        for (int i = 0; i < years.size(); i++) {
            YearGroup year = years.get(i);
            Optional<Integer> newer = i > 0 ? Optional.of(years.get(i - 1).year()) : Optional.empty();
            Optional<Integer> older = i + 1 < years.size() ? Optional.of(years.get(i + 1).year()) : Optional.empty();
            files.add(RenderContext.page(Urls.year(year) + "index.html", "year.jte", new YearPage(
                    context.chrome(Urls.year(year), Chrome.Section.ARCHIVE, Integer.toString(year.year()),
                            "Postmortems of " + year.year() + "."), year, newer, older)));
        }
        return files;
    }
}
