package dev.hindsight.render;

import dev.hindsight.model.Postmortem;
import dev.hindsight.model.YearGroup;
import dev.hindsight.render.page.ArchivePage;
import dev.hindsight.render.page.YearPage;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The archive: every year, and a page per year grouped by month, each leading to the next. */
final class ArchivePages implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        List<YearGroup> years = context.library().years();
        List<OutputFile> files = new ArrayList<>();
        files.add(RenderContext.page(Urls.ARCHIVE + "index.html", "archive.jte", new ArchivePage(
                context.chrome(Urls.ARCHIVE, Chrome.Section.ARCHIVE, "Archive", "Every postmortem by year."), years, context.library().undated())));
        for (int i = 0; i < years.size(); i++) {
            YearGroup year = years.get(i);
            Optional<Integer> newer = i > 0 ? Optional.of(years.get(i - 1).year()) : Optional.empty();
            Optional<Integer> older = i + 1 < years.size() ? Optional.of(years.get(i + 1).year()) : Optional.empty();
            List<Postmortem> all = year.months().stream().flatMap(m -> m.postmortems().stream()).toList();
            files.addAll(Pagination.pages(Urls.year(year), all, "year.jte", (pager, slice) -> new YearPage(
                    context.chrome(pager, Chrome.Section.ARCHIVE, Integer.toString(year.year()),
                            "Postmortems of " + year.year() + "."), year, byMonth(slice), newer, older, pager)));
        }
        return files;
    }

    /** Postmortems newest first, as the months they fall in; a year holds dated postmortems only. */
    private static List<YearGroup.Month> byMonth(List<Postmortem> postmortems) {
        Map<YearMonth, List<Postmortem>> months = new LinkedHashMap<>();
        for (Postmortem p : postmortems) {
            months.computeIfAbsent(YearMonth.from(p.date().orElseThrow()), m -> new ArrayList<>()).add(p);
        }
        return months.entrySet().stream().map(m -> new YearGroup.Month(m.getKey(), m.getValue())).toList();
    }
}
