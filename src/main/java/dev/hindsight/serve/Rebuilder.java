package dev.hindsight.serve;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.render.OutputFile;
import dev.hindsight.render.SiteOutputs;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the preview again and again with one {@link Engine}, so that each build loads only the files
 * that changed. The site is kept as its list of outputs, each rendered when a page is asked for:
 * writing a thousand pages to disk would take seconds after every save. A build with errors leaves
 * the last good site in place and keeps its problems for the overlay until a build passes.
 */
final class Rebuilder {

    /**
     * What pages are served from.
     *
     * @param version  counts builds, so that a page can tell it is out of date
     * @param files    the last good site by path, such as {@code postmortems/x/index.html}
     * @param problems the errors of the last build, if it failed
     */
    record State(long version, Map<String, OutputFile> files, List<Diagnostic> problems) {

        State {
            files = Map.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private final Engine engine = new Engine();
    private final Project project;
    private final Terminal terminal;
    private volatile State state = new State(0, Map.of(), List.of());

    Rebuilder(Project project, Terminal terminal) {
        this.project = project;
        this.terminal = terminal;
    }

    State state() {
        return state;
    }

    /** @param since when the change that asked for this build was seen, in {@link System#nanoTime()} */
    synchronized State rebuild(long since) {
        CheckResult checked = engine.check(project);
        List<Diagnostic> problems = checked.diagnostics().stream().filter(Diagnostic::isError).toList();
        Map<String, OutputFile> files = problems.isEmpty() ? render(checked) : state.files();
        state = new State(state.version() + 1, files, problems);
        terminal.built(checked, (System.nanoTime() - since) / 1_000_000);
        return state;
    }

    /** Served at the server's root whatever the config's {@code base_path}, and as of today, as a build would. */
    private static Map<String, OutputFile> render(CheckResult checked) {
        SiteConfig site = checked.config().withBasePath("/");
        return SiteOutputs.render(site, checked.pages(), checked.library(), LocalDate.now(site.timezone())).stream()
                .collect(Collectors.toMap(OutputFile::path, Function.identity()));
    }
}
