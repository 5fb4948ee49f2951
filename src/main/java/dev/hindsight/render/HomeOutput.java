package dev.hindsight.render;

import dev.hindsight.model.ActionCounts;
import dev.hindsight.model.Library;
import dev.hindsight.render.page.DueDates;
import dev.hindsight.render.page.HomePage;

import java.time.LocalDate;
import java.util.List;

/** The home page: counts, the newest postmortems and what is due. */
final class HomeOutput implements Output {

    private static final int RECENT = 10;

    @Override
    public List<OutputFile> files(RenderContext context) {
        Library library = context.library();
        LocalDate today = context.today();
        ActionCounts actions = library.actions().counts(today);
        return List.of(RenderContext.page("index.html", "home.jte", new HomePage(
                context.chrome("", Chrome.Section.HOME, context.site().title(), context.site().description()),
                library.postmortems().size(), library.statuses(), library.severities(),
                library.postmortems().stream().limit(RECENT).toList(), library.openActions().size(),
                actions.overdue(), DueDates.toWatch(library.upcomingDueDates(today)), today,
                library.onThisDay(today))));
    }
}
