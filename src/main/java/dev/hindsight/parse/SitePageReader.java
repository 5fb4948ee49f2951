package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Body;
import dev.hindsight.model.SitePage;
import dev.hindsight.model.Slugs;
import dev.hindsight.source.FrontMatterSplitter;
import dev.hindsight.source.Scan;
import dev.hindsight.source.SourceFile;
import dev.hindsight.source.SourceScanner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the site's own pages ({@code site-src/pages/*.md}), each becoming {@code /<file name>/}. */
public final class SitePageReader {

    /** Top-level folders of the site that a page must not take. */
    private static final Set<String> RESERVED = Set.of("postmortems", "action-items", "status", "severity", "services",
            "tags", "archive", "assets", "schema", "search", "404.html", "index.html", "feed.xml", "sitemap.xml",
            "robots.txt", "postmortems.json", "cname", "action-items.csv", "action-items.json", "insights");

    private final MarkdownBody markdown;

    public SitePageReader(MarkdownBody markdown) {
        this.markdown = markdown;
    }

    /** Pages and the problems found in them; a missing folder means no pages. */
    public record Result(List<SitePage> pages, List<Diagnostic> diagnostics) {
    }

    public Result read(Path folder, long maxFileSize) {
        if (!Files.isDirectory(folder)) {
            return new Result(List.of(), List.of());
        }
        Scan scan = new SourceScanner(maxFileSize).scan(folder);
        List<SitePage> pages = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>(scan.problems());
        Map<String, SourceFile> bySlug = new HashMap<>();
        for (SourceFile file : scan.files()) {
            Diagnostics found = new Diagnostics(file.displayPath());
            readPage(file, found).filter(page -> isOnlyOne(page, file, bySlug, found)).ifPresent(pages::add);
            diagnostics.addAll(found.toList());
        }
        pages.sort(Comparator.comparing(SitePage::slug));
        return new Result(pages, diagnostics);
    }

    /** Pages are named by their file name alone, so two files in different folders may ask for one address. */
    private static boolean isOnlyOne(SitePage page, SourceFile file, Map<String, SourceFile> bySlug,
                                     Diagnostics diagnostics) {
        SourceFile first = bySlug.putIfAbsent(page.slug(), file);
        if (first != null) {
            diagnostics.error(Position.START, "page-name", "page [" + page.slug() + "] has the same address ("
                    + page.slug() + "/) as " + first.displayPath() + "; rename one of the files");
            return false;
        }
        return true;
    }

    private Optional<SitePage> readPage(SourceFile file, Diagnostics diagnostics) {
        String name = file.path().getFileName().toString();
        String slug = Slugs.of(name.substring(0, name.lastIndexOf('.')));
        if (RESERVED.contains(slug)) {
            diagnostics.error(Position.START, "page-name", "page name [" + slug + "] is taken by the site's own "
                    + "pages; rename the file");
            return Optional.empty();
        }
        FrontMatterSplitter.Result split = FrontMatterSplitter.split(file);
        String title = slug;
        String body = file.text();
        int bodyLine = 1;
        if (split instanceof FrontMatterSplitter.Split parts) {
            title = FrontMatterText.of(parts).read(diagnostics)
                    .filter(YamlNode.Mapping.class::isInstance)
                    .flatMap(root -> new FieldReader((YamlNode.Mapping) root, diagnostics, Position.START, "")
                            .text("title", false))
                    .orElse(title);
            body = parts.body();
            bodyLine = parts.bodyFirstLine();
        }
        Body rendered = markdown.render(body, bodyLine, diagnostics).link(path -> new InternalLinks.Missing(), diagnostics);
        return Optional.of(new SitePage(slug, title, rendered));
    }
}
