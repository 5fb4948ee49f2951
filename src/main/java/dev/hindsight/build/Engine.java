package dev.hindsight.build;

import dev.hindsight.check.ConfigFile;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.model.Library;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.Term;
import dev.hindsight.model.Vocabulary;
import dev.hindsight.parse.BasePaths;
import dev.hindsight.parse.MarkdownBody;
import dev.hindsight.parse.SitePageReader;
import dev.hindsight.publish.PublishException;
import dev.hindsight.publish.SitePublisher;
import dev.hindsight.render.Attachments;
import dev.hindsight.render.SiteOutputs;
import dev.hindsight.source.Scan;
import dev.hindsight.source.SourceScanner;
import dev.hindsight.source.UnchangedFiles;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the phases of a build: load each file → check across files → assemble the library → render
 * the outputs → publish. One engine may run many builds of a project; each loads again only the
 * files that changed since the one before.
 */
public final class Engine {

    private static final String NO_BASE_URL = "warning: no base_url is set, so the site has no feeds, sitemap or canonical "
            + "links, which need absolute URLs; set base_url in site.yml or pass --base-url, such as "
            + "https://org.github.io/repo/";

    private final LoadCache cache;
    private final UnchangedFiles unchanged;
    private SourceScanner scanner;

    /** An engine that keeps each file's load for the next build, as a server that rebuilds on every save needs. */
    public Engine() {
        this(true);
    }

    private Engine(boolean keepLoads) {
        this.cache = new LoadCache(keepLoads);
        this.unchanged = keepLoads ? new UnchangedFiles() : UnchangedFiles.NONE;
    }

    /**
     * An engine for one build or check, which keeps nothing for a next one: the files' text and first
     * rendering are freed once the library is assembled (a few hundred megabytes at 10,000 postmortems).
     */
    public static Engine forOneRun() {
        return new Engine(false);
    }

    /** Reads and checks everything a build reads, writing nothing. */
    public CheckResult check(Project project) {
        Diagnostics configProblems = new Diagnostics(DisplayPaths.of(project.config()));
        Optional<SiteConfig> read = ConfigFile.read(project.config(), configProblems);
        List<Diagnostic> diagnostics = new ArrayList<>(configProblems.toList());
        if (read.isEmpty()) {
            SiteConfig defaults = SiteConfig.defaults();
            return new CheckResult(defaults, List.of(), Library.assemble(List.of(), defaults.statuses(),
                    defaults.severities()), 0, 0, diagnostics);
        }
        SiteConfig site = read.get();
        MarkdownBody markdown = new MarkdownBody(site.rawHtml());
        SitePageReader.Result pages = new SitePageReader(markdown).read(project.pagesFolder(), site.maxFileSize());
        diagnostics.addAll(pages.diagnostics());

        Scan scan = scannerFor(site).scan(project.source());
        diagnostics.addAll(scan.problems());
        LoadCache.Loads loads = cache.load(scan.files(), new FileLoader(site, markdown));
        loads.files().forEach(file -> diagnostics.addAll(file.diagnostics()));
        AcrossFiles.Checked checked = new AcrossFiles(site, project.includeDrafts()).check(loads.files());
        diagnostics.addAll(checked.diagnostics());

        Library library = Library.assemble(checked.published(),
                publishedStatuses(site, project.includeDrafts(), checked.published()), site.severities());
        // Images and other attachments are not read as postmortems, but the pages that link them use them.
        NotRead.summary(project.source(), Attachments.without(scan.notRead(), checked.published()))
                .ifPresent(diagnostics::add);
        return new CheckResult(site, pages.pages(), library, scan.files().size() + scan.problems().size(),
                loads.loadedAgain(), diagnostics);
    }

    /**
     * Checks the project and, when it passes, renders and publishes the site. An output folder that
     * must not be replaced is refused before any work is done.
     *
     * @param notices told what the user should know of publishing, one line each: waiting for another
     *                build, or what was left in place
     */
    public BuildOutcome build(Project project, BuildOptions options, Consumer<String> notices)
            throws PublishException {
        SitePublisher publisher = new SitePublisher(options.out());
        List<Path> inputs = List.of(project.source(), project.config());
        publisher.verifyTarget(inputs);
        CheckResult checked = check(project);
        if (!checked.passes(options.strict())) {
            return new BuildOutcome.Refused(checked);
        }
        SiteConfig site = publishedAs(checked.config(), options);
        LocalDate today = options.today().orElseGet(() -> LocalDate.now(site.timezone()));
        int written = publisher.publish(SiteOutputs.render(site, checked.pages(), checked.library(), today),
                inputs, notices);
        if (site.publishing().baseUrl().isEmpty()) {
            notices.accept(NO_BASE_URL);
        }
        return new BuildOutcome.Published(checked, written);
    }

    /** The scanner of the build before, while the config says the same of which files to read. */
    private synchronized SourceScanner scannerFor(SiteConfig site) {
        if (scanner == null || !scanner.readsAs(site.maxFileSize(), site.adoption())) {
            scanner = new SourceScanner(site.maxFileSize(), site.adoption(), unchanged);
        }
        return scanner;
    }

    /** The config with the command line's base path and base URL, where given. */
    private static SiteConfig publishedAs(SiteConfig config, BuildOptions options) {
        SiteConfig site = options.basePath().filter(path -> !path.isBlank())
                .map(path -> config.withBasePath(BasePaths.normalize(path)))
                .orElse(config);
        return options.baseUrl().filter(url -> !url.isBlank()).map(site::withBaseUrl).orElse(site);
    }

    /**
     * Draft statuses have no postmortems on a site built without drafts, so they get no pages either.
     * The default status of postmortems that name none has a page once one has it, listed or not.
     */
    private static Vocabulary publishedStatuses(SiteConfig site, boolean includeDrafts, List<Postmortem> published) {
        List<Term> terms = new ArrayList<>(includeDrafts ? site.statuses().terms()
                : site.statuses().terms().stream().filter(t -> !site.isDraft(t)).toList());
        Term fallback = site.adoption().defaultStatus();
        if (!terms.contains(fallback) && published.stream().anyMatch(p -> p.status().equals(fallback))) {
            terms.add(fallback);
        }
        return new Vocabulary(terms);
    }
}
