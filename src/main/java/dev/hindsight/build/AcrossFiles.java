package dev.hindsight.build;

import dev.hindsight.check.LibraryRules;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.parse.FrontMatter;
import dev.hindsight.parse.InternalLinks;
import dev.hindsight.parse.PostmortemParser;
import dev.hindsight.parse.RenderedBody;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The check phase: what only the whole library can tell. Ids must be unique and references lead
 * somewhere; links between files become links between pages; and the postmortems to publish are
 * chosen (valid, and not drafts unless drafts are asked for).
 */
final class AcrossFiles {

    private final SiteConfig config;
    private final boolean includeDrafts;

    AcrossFiles(SiteConfig config, boolean includeDrafts) {
        this.config = config;
        this.includeDrafts = includeDrafts;
    }

    /** The postmortems to publish, with their bodies linked, and the problems found across files. */
    record Checked(List<Postmortem> published, List<Diagnostic> diagnostics) {

        Checked {
            published = List.copyOf(published);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    Checked check(List<LoadedFile> files) {
        Map<Path, LoadedFile> byPath = files.stream()
                .collect(Collectors.toMap(f -> key(f.file().path()), Function.identity(), (a, b) -> a));
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Postmortem> published = new ArrayList<>();
        for (LoadedFile file : files) {
            Diagnostics found = new Diagnostics(file.file().displayPath());
            FileFailure.guard(file.file().displayPath(), () -> link(file, byPath, found))
                    .ifPresent(published::add);
            diagnostics.addAll(found.toList());
        }
        List<FrontMatter> read = files.stream().flatMap(f -> frontMatter(f).stream()).toList();
        Set<String> unreadIds = files.stream().filter(f -> frontMatter(f).isEmpty())
                .map(f -> PostmortemParser.defaultId(f.file().path())).collect(Collectors.toSet());
        diagnostics.addAll(LibraryRules.check(read, unreadIds));
        return new Checked(published, diagnostics);
    }

    /** Links the body (reporting broken links of every file that has one); the postmortem if it is published. */
    private Optional<Postmortem> link(LoadedFile file, Map<Path, LoadedFile> byPath, Diagnostics diagnostics) {
        Optional<RenderedBody> body = bodyOf(file.reading());
        if (body.isEmpty()) {
            return Optional.empty();
        }
        Path folder = file.file().path().getParent();
        InternalLinks links = path -> target(folder, path, byPath);
        var linked = body.get().link(links, diagnostics, frontMatter(file).map(FrontMatter::inferred).orElse(false));
        return published(file).map(p -> p.withBody(linked));
    }

    private InternalLinks.Target target(Path folder, String link, Map<Path, LoadedFile> byPath) {
        LoadedFile target;
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

    private Optional<Postmortem> published(LoadedFile file) {
        if (file.reading() instanceof LoadedFile.Read read && read.valid()) {
            Postmortem postmortem = read.frontMatter().postmortem();
            return includeDrafts || !config.isDraft(postmortem.status()) ? Optional.of(postmortem) : Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<FrontMatter> frontMatter(LoadedFile file) {
        return file.reading() instanceof LoadedFile.Read read ? Optional.of(read.frontMatter()) : Optional.empty();
    }

    private static Optional<RenderedBody> bodyOf(LoadedFile.Reading reading) {
        if (reading instanceof LoadedFile.Read read) {
            return Optional.of(read.body());
        }
        if (reading instanceof LoadedFile.UnreadFrontMatter unread) {
            return Optional.of(unread.body());
        }
        return Optional.empty();
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
