package dev.hindsight.serve;

import dev.hindsight.build.BuildOptions;
import dev.hindsight.build.BuildOutcome;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.publish.PublishException;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Builds the preview again and again with one {@link Engine}, so that each build loads only the files
 * that changed. A refused build leaves the last good site in place and keeps its problems for the
 * overlay until a build passes.
 */
final class Rebuilder {

    /** What pages are served with: which build they belong to, and the problems to show over them. */
    record State(long version, List<Diagnostic> problems) {

        State {
            problems = List.copyOf(problems);
        }
    }

    private final Engine engine = new Engine();
    private final Project project;
    private final BuildOptions options;
    private final Terminal terminal;
    private volatile State state = new State(0, List.of());

    /** Served at the root of the server, whatever {@code base_path} the published site has. */
    Rebuilder(Project project, Path siteFolder, Terminal terminal) {
        this.project = project;
        this.options = new BuildOptions(siteFolder, Optional.of("/"), false, Optional.empty());
        this.terminal = terminal;
    }

    State state() {
        return state;
    }

    /**
     * @param since when the change that asked for this build was seen, in {@link System#nanoTime()}
     * @throws PublishException when the preview folder cannot be written
     */
    synchronized State rebuild(long since) throws PublishException {
        BuildOutcome outcome = engine.build(project, options, terminal::notice);
        List<Diagnostic> problems = outcome instanceof BuildOutcome.Refused
                ? outcome.checked().diagnostics().stream().filter(Diagnostic::isError).toList()
                : List.of();
        state = new State(state.version() + 1, problems);
        terminal.built(outcome, (System.nanoTime() - since) / 1_000_000);
        return state;
    }
}
