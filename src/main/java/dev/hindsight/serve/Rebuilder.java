package dev.hindsight.serve;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.SiteConfig;

import java.time.LocalDate;
import java.util.List;

/**
 * Builds the preview again and again with one {@link Engine}, so that each build loads only the files
 * that changed. A build ends once the library is assembled: the site is kept as a {@link LazySite},
 * whose outputs are made as their files are asked for, since making them all (the search index above
 * all) would take seconds after every save. A build with errors leaves the last good site in place
 * and keeps its problems for the overlay until a build passes.
 */
final class Rebuilder {

    /**
     * What pages are served from.
     *
     * @param version  counts builds, so that a page can tell it is out of date
     * @param site     the last good site
     * @param problems the errors of the last build, if it failed
     */
    record State(long version, LazySite site, List<Diagnostic> problems) {

        State {
            problems = List.copyOf(problems);
        }
    }

    /** A build's state, served from now on, and what its check found. */
    record Build(State state, CheckResult checked) {
    }

    private final Engine engine = new Engine();
    private final LazySite.Owners owners = new LazySite.Owners();
    private final Project project;
    private volatile State state = new State(0, LazySite.EMPTY, List.of());

    Rebuilder(Project project) {
        this.project = project;
    }

    State state() {
        return state;
    }

    synchronized Build rebuild() {
        CheckResult checked = engine.check(project);
        List<Diagnostic> problems = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
        LazySite site = problems.isEmpty() ? site(checked) : state.site();
        state = new State(state.version() + 1, site, problems);
        return new Build(state, checked);
    }

    /** Served at the server's root whatever the config's {@code base_path}, and as of today, as a build would. */
    private LazySite site(CheckResult checked) {
        SiteConfig site = checked.config().withBasePath("/");
        return LazySite.of(site, checked.pages(), checked.library(), LocalDate.now(site.timezone()), owners);
    }
}
