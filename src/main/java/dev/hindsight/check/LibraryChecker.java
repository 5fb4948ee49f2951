package dev.hindsight.check;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;
import java.nio.file.InvalidPathException;
import dev.hindsight.model.Body;
import dev.hindsight.model.Library;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.Vocabulary;
import dev.hindsight.parse.FrontMatter;
import dev.hindsight.parse.InternalLinks;
import dev.hindsight.parse.MarkdownBody;
import dev.hindsight.parse.PostmortemParser;
import dev.hindsight.source.FrontMatterSplitter;
import dev.hindsight.source.Scan;
import dev.hindsight.source.SourceFile;
import dev.hindsight.source.SourceScanner;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and validates a whole library: scan, parse, render bodies, and the rules across documents.
 * Files are read in parallel; results never depend on thread timing, as every list is sorted.
 */
public final class LibraryChecker {

    private final SiteConfig config;
    private final boolean includeDrafts;
    private final MarkdownBody markdown;

    public LibraryChecker(SiteConfig config, boolean includeDrafts, MarkdownBody markdown) {
        this.config = config;
        this.includeDrafts = includeDrafts;
        this.markdown = markdown;
    }

    /**
     * One file after its front matter was read.
     *
     * @param frontMatter what could be read of it, even with errors, so that checks across the library
     *                    (duplicate ids, related ids) see every postmortem that has an id
     * @param valid       whether the front matter had no errors, so the postmortem can be published
     */
    private record Loaded(SourceFile file, Optional<FrontMatterSplitter.Split> split, Optional<FrontMatter> frontMatter,
                          boolean valid, Diagnostics diagnostics) {
    }

    /** What reading the postmortems found; the caller adds the config's and pages' own problems. */
    public record Found(Library library, int fileCount, List<Diagnostic> diagnostics) {
    }

    public Found check(Path sourceFolder) {
        Scan scan = new SourceScanner(config.maxFileSize()).scan(sourceFolder);
        PostmortemParser parser = new PostmortemParser(config);
        List<Loaded> loaded = Workers.map(scan.files(),
                file -> FileFailure.guard(file.displayPath(), () -> load(file, parser)));
        Map<Path, Loaded> byPath = loaded.stream()
                .collect(Collectors.toMap(l -> key(l.file().path()), Function.identity(), (a, b) -> a));

        List<Postmortem> published = Workers.map(loaded,
                        l -> FileFailure.guard(l.file().displayPath(), () -> renderBody(l, byPath)))
                .stream().flatMap(Optional::stream).toList();

        List<Diagnostic> diagnostics = new ArrayList<>(scan.problems());
        loaded.forEach(l -> diagnostics.addAll(l.diagnostics().toList()));
        Set<String> unreadIds = loaded.stream().filter(l -> l.frontMatter().isEmpty())
                .map(l -> PostmortemParser.defaultId(l.file().path())).collect(Collectors.toSet());
        diagnostics.addAll(LibraryRules.check(loaded.stream().flatMap(l -> l.frontMatter().stream()).toList(),
                unreadIds));
        return new Found(Library.assemble(published, publishedStatuses(), config.severities()),
                scan.files().size() + scan.problems().size(), diagnostics);
    }

    private static Loaded load(SourceFile file, PostmortemParser parser) {
        Diagnostics diagnostics = new Diagnostics(file.displayPath());
        FrontMatterSplitter.Result result = FrontMatterSplitter.split(file);
        result.problem().ifPresent(diagnostics::add);
        Optional<FrontMatter> frontMatter = result.split()
                .flatMap(split -> parser.parse(file, split.yaml(), split.yamlFirstLine(), diagnostics));
        return new Loaded(file, result.split(), frontMatter, frontMatter.isPresent() && !diagnostics.hasErrors(),
                diagnostics);
    }

    /** Renders the body (its checks run for every file that has one); returns the postmortem if it is published. */
    private Optional<Postmortem> renderBody(Loaded loaded, Map<Path, Loaded> byPath) {
        if (loaded.split().isEmpty()) {
            return Optional.empty();
        }
        FrontMatterSplitter.Split split = loaded.split().get();
        Path folder = loaded.file().path().getParent();
        InternalLinks links = path -> target(folder, path, byPath);
        Body body = markdown.render(split.body(), split.bodyFirstLine(), links, loaded.diagnostics());
        BodyRules.check(body, loaded.frontMatter().map(f -> f.postmortem().title()), config.requiredSections(),
                loaded.diagnostics());
        return published(loaded).map(p -> p.withBody(body));
    }

    private InternalLinks.Target target(Path folder, String link, Map<Path, Loaded> byPath) {
        Loaded target;
        try {
            target = byPath.get(key(folder.resolve(decode(link))));
        } catch (InvalidPathException e) {
            target = null;
        }
        if (target == null) {
            return new InternalLinks.Missing();
        }
        return published(target).<InternalLinks.Target>map(p -> new InternalLinks.Page(p.id()))
                .orElse(new InternalLinks.Unpublished());
    }

    /** Draft statuses have no postmortems on a site built without drafts, so they get no pages either. */
    private Vocabulary publishedStatuses() {
        return includeDrafts ? config.statuses()
                : new Vocabulary(config.statuses().terms().stream().filter(t -> !config.isDraft(t)).toList());
    }

    private Optional<Postmortem> published(Loaded loaded) {
        return loaded.frontMatter().filter(f -> loaded.valid()).map(FrontMatter::postmortem)
                .filter(p -> includeDrafts || !config.isDraft(p.status()));
    }

    private static Path key(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Links may percent-encode spaces and other characters of file names. */
    private static String decode(String link) {
        if (!link.contains("%")) {
            return link;
        }
        try {
            return URI.create(link).getPath();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }
}
