package dev.hindsight.build;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.Library;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.SitePage;

import java.util.List;

/**
 * Everything reading a project found.
 *
 * @param diagnostics every problem, sorted by file, line and column
 * @param fileCount   how many postmortem files were read
 * @param loadedAgain how many of them had to be loaded, as they changed since the engine's last build
 * @param library     the postmortems to publish; complete only when there are no errors
 */
public record CheckResult(SiteConfig config, List<SitePage> pages, Library library, int fileCount, int loadedAgain,
                          List<Diagnostic> diagnostics) {

    public CheckResult {
        pages = List.copyOf(pages);
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public boolean passes(boolean strict) {
        return errorCount() == 0 && (!strict || warningCount() == 0);
    }

    /** {@code 1 error, 2 warnings in 14 postmortems}. */
    public String summary() {
        long errors = errorCount();
        long warnings = warningCount();
        return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings")
                + " in " + fileCount + (fileCount == 1 ? " postmortem" : " postmortems");
    }
}
