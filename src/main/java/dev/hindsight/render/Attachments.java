package dev.hindsight.render;

import dev.hindsight.model.Postmortem;
import dev.hindsight.parse.SafeUrls;
import dev.hindsight.source.SourceScanner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Images and other files a postmortem links to beside its own file ({@code images/graph.png}), copied
 * beside its page, where its relative links lead as written. Links that climb out of the file's
 * folder ({@code ../}) or name a file that is not there are left as they are.
 */
public final class Attachments implements Output {

    /** A file beside a postmortem that its page links to as {@code link}. */
    private record Attached(String link, Path file) {
    }

    @Override
    public List<OutputFile> files(RenderContext context) {
        List<OutputFile> files = new ArrayList<>();
        for (Postmortem p : context.library().postmortems()) {
            attachedTo(p).forEach(a -> files.add(new OutputFile(Urls.postmortem(p) + a.link(), () -> read(a.file()))));
        }
        return files;
    }

    /** The files, less those that these postmortems' pages take with them. */
    public static List<Path> without(List<Path> files, List<Postmortem> postmortems) {
        if (files.isEmpty()) {
            return files;
        }
        Set<Path> attached = new TreeSet<>();
        postmortems.forEach(p -> attachedTo(p).forEach(a -> attached.add(a.file())));
        return files.stream().filter(file -> realPath(file).filter(attached::contains).isEmpty()).toList();
    }

    private static List<Attached> attachedTo(Postmortem p) {
        Set<String> links = relativeLinks(p.body().html());
        // Most pages link nothing beside them: their folder is not looked up on disk.
        Optional<Path> folder = links.isEmpty() ? Optional.empty()
                : realPath(Path.of(p.sourcePath()).toAbsolutePath().getParent());
        List<Attached> attached = new ArrayList<>();
        for (String link : folder.isPresent() ? links : Set.<String>of()) {
            // Real paths, so that a symbolic link to a file outside the folder is never published.
            realPath(folder.get().resolve(link))
                    .filter(file -> file.startsWith(folder.get()) && Files.isRegularFile(file))
                    .ifPresent(file -> attached.add(new Attached(link, file)));
        }
        return attached;
    }

    /** The path with every symbolic link followed; empty when it does not exist. */
    private static Optional<Path> realPath(Path path) {
        try {
            return Optional.of(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Each relative link of the page once, decoded as the file system names it, sorted. */
    private static Set<String> relativeLinks(String html) {
        Set<String> links = new TreeSet<>();
        for (String value : linkValues(html)) {
            String url = value.replace("&amp;", "&");
            if (!SafeUrls.hasScheme(url) && !url.startsWith("/") && !url.startsWith(".")
                    && !url.endsWith("/") && !SourceScanner.hasMarkdownExtension(url) && !url.equals("index.html")) {
                String name = URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
                if (!name.contains("..") && !name.contains("\\")) {
                    links.add(name);
                }
            }
        }
        return links;
    }

    /**
     * Each {@code src} and {@code href} attribute's value up to its query or fragment. Found with
     * {@code indexOf} rather than a regular expression: this reads every page's HTML, megabytes of it
     * in a large library, and the expression tried a match at every character.
     */
    private static List<String> linkValues(String html) {
        List<String> values = new ArrayList<>();
        for (int at = html.indexOf("=\""); at >= 0; at = html.indexOf("=\"", at + 2)) {
            if (!html.startsWith("src", at - 3) && !html.startsWith("href", at - 4)) {
                continue;
            }
            int start = at + 2;
            int close = html.indexOf('"', start);
            if (close < 0) {
                break;
            }
            int end = start;
            while (end < close && html.charAt(end) != '#' && html.charAt(end) != '?') {
                end++;
            }
            if (end > start) {
                values.add(html.substring(start, end));
            }
        }
        return values;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to copy " + file, e);
        }
    }
}
