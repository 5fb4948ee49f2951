package dev.hindsight.check;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Library;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.parse.MarkdownBody;
import dev.hindsight.parse.SitePageReader;
import dev.hindsight.diagnostic.DisplayPaths;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and checks a whole project: the site config, the site's own pages (in {@code pages/} beside
 * the config) and the postmortems. Writes nothing.
 */
public final class ProjectChecker {

    /**
     * @param config the site config; built-in defaults are used when it does not exist
     */
    public CheckResult check(Path source, Path config, boolean includeDrafts) {
        Diagnostics configProblems = new Diagnostics(DisplayPaths.of(config));
        Optional<SiteConfig> site = readConfig(config, configProblems);
        List<Diagnostic> diagnostics = new ArrayList<>(configProblems.toList());
        if (site.isEmpty()) {
            diagnostics.sort(Diagnostic.ORDER);
            SiteConfig defaults = SiteConfig.defaults();
            return new CheckResult(defaults, List.of(), Library.assemble(List.of(), defaults.statuses(),
                    defaults.severities()), 0, diagnostics);
        }
        MarkdownBody markdown = new MarkdownBody(site.get().rawHtml());
        SitePageReader.Result pages = new SitePageReader(markdown)
                .read(config.toAbsolutePath().getParent().resolve("pages"), site.get().maxFileSize());
        LibraryChecker.Found found = new LibraryChecker(site.get(), includeDrafts, markdown).check(source);
        diagnostics.addAll(pages.diagnostics());
        diagnostics.addAll(found.diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        return new CheckResult(site.get(), pages.pages(), found.library(), found.fileCount(), diagnostics);
    }

    /**
     * Reads a site config file; built-in defaults when it does not exist.
     *
     * @return the config, or empty when it has errors (reported to {@code diagnostics})
     */
    public static Optional<SiteConfig> readConfig(Path config, Diagnostics diagnostics) {
        return ConfigFile.read(config, diagnostics);
    }
}
