package dev.hindsight.author;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.parse.FrontMatter;
import dev.hindsight.parse.FrontMatterText;
import dev.hindsight.parse.PostmortemParser;
import dev.hindsight.parse.TemplateLeftovers;
import dev.hindsight.parse.YamlReader;
import dev.hindsight.source.FrontMatterSplitter;
import dev.hindsight.source.Scan;
import dev.hindsight.source.SourceFile;
import dev.hindsight.source.SourceScanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * {@code migrate}: a copy of every postmortem of a folder with its metadata as Hindsight's front
 * matter, inferred where the file has none, the body as it was. Files that have Hindsight's front
 * matter already are copied unchanged. The originals are never written to.
 */
public final class Migration {

    /**
     * The file line that front matter starts on, below its opening fence. Mended or converted front
     * matter has lines of its own, so its problems are reported from there, as a check of the copy would.
     */
    private static final int FRONT_MATTER_LINE = 2;

    private final SiteConfig site;
    private final PostmortemParser parser;

    public Migration(SiteConfig site) {
        this.site = site;
        this.parser = new PostmortemParser(site);
    }

    /** What happened to one file, for the report. */
    public record FileReport(String file, String outcome, boolean migrated) {
    }

    /** What the migration did, or why it wrote nothing. */
    public sealed interface Outcome permits Migrated, Refused {
    }

    public record Migrated(List<FileReport> files, List<Diagnostic> scanProblems) implements Outcome {
    }

    /** @param reason what the user must change, such as the files that are in the way */
    public record Refused(String reason) implements Outcome {
    }

    /** What to do with one file, decided before anything is written, so that a refusal writes nothing. */
    private sealed interface Decision permits Copy, NotMigrated {
    }

    /** A copy to write. */
    private record Copy(Path target, String text, FileReport report) implements Decision {
    }

    /** Why the file gets no copy, as the report says it. */
    private record NotMigrated(String why) implements Decision, Reading {
    }

    public Outcome migrate(Path source, Path out) throws IOException {
        Path from = source.toAbsolutePath().normalize();
        Path to = out.toAbsolutePath().normalize();
        if (to.startsWith(from)) {
            return new Refused("--out " + DisplayPaths.of(out) + " is " + (to.equals(from) ? "" : "inside ")
                    + "the source folder; migrate never writes beside the originals, so pass a folder outside it");
        }
        Scan scan = new SourceScanner(site.maxFileSize(), site.adoption()).scan(source);
        List<Copy> copies = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        for (SourceFile file : scan.files()) {
            Path target = markdownName(to.resolve(from.relativize(file.path().toAbsolutePath().normalize())));
            Decision decision = copy(file, target);
            if (decision instanceof Copy c) {
                copies.add(c);
                reports.add(c.report());
            } else {
                reports.add(new FileReport(file.displayPath(), "not migrated: " + ((NotMigrated) decision).why(), false));
            }
        }
        List<String> inTheWay = copies.stream().map(Copy::target).filter(Files::exists).map(DisplayPaths::of).toList();
        if (!inTheWay.isEmpty()) {
            return new Refused("these files exist already and are never overwritten: " + String.join(", ", inTheWay)
                    + "; move them away or pass another --out");
        }
        writeAll(copies);
        return new Migrated(reports, scan.problems());
    }

    /**
     * Writes every copy or none: when one cannot be written (a full disk, a file in the way of a
     * folder), the copies and folders this run made are removed again before the failure is thrown.
     * A file that appears after the check above is not overwritten either.
     */
    private static void writeAll(List<Copy> copies) throws IOException {
        Deque<Path> made = new ArrayDeque<>();
        try {
            for (Copy copy : copies) {
                makeFolders(copy.target().getParent(), made);
                Files.writeString(copy.target(), copy.text(), StandardOpenOption.CREATE_NEW);
                made.push(copy.target());
            }
        } catch (IOException | RuntimeException e) {
            for (Path path : made) {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException notRemoved) {
                    e.addSuppressed(notRemoved);
                }
            }
            throw e;
        }
    }

    /** Creates the folder and the missing ones above it, remembering each one made, outermost first. */
    private static void makeFolders(Path folder, Deque<Path> made) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path at = folder; at != null && !Files.isDirectory(at); at = at.getParent()) {
            missing.push(at);
        }
        for (Path path : missing) {
            Files.createDirectory(path);
            made.push(path);
        }
    }

    /**
     * A file's front matter as it can be read, when it has any, and its body.
     *
     * @param mended what was done to the front matter to make it readable, for the report
     */
    private record Readable(Optional<FrontMatterText> frontMatter, String body, List<String> mended) implements Reading {
    }

    /** A file's front matter made readable, or why it cannot be. */
    private sealed interface Reading permits Readable, NotMigrated {
    }

    /** The readable front matter, or why there is none (never closed). */
    private static Reading readable(SourceFile file) {
        FrontMatterSplitter.Result split = FrontMatterSplitter.split(file);
        if (split instanceof FrontMatterSplitter.Bare bare) {
            return new Readable(Optional.empty(), bare.body(), List.of());
        }
        if (split instanceof FrontMatterSplitter.Failed failed) {
            return new NotMigrated(failed.problem().message());
        }
        FrontMatterSplitter.Split parts = (FrontMatterSplitter.Split) split;
        FrontMatterText frontMatter = FrontMatterText.of(parts);
        if (frontMatter.isToml()) {
            return new Readable(Optional.of(frontMatter), parts.body(),
                    List.of("front matter was TOML (between +++ lines), so it is written as YAML"));
        }
        if (YamlReader.read(parts.frontMatter(), parts.firstLine(), new Diagnostics(file.displayPath())).isPresent()) {
            return new Readable(Optional.of(frontMatter), parts.body(), List.of());
        }
        LineRecovery.Recovered recovered = LineRecovery.recover(parts.frontMatter());
        FrontMatterText mended = new FrontMatterText(FrontMatterSplitter.Syntax.YAML, recovered.yaml(), FRONT_MATTER_LINE);
        return new Readable(Optional.of(mended), parts.body(), List.of("front matter is not valid YAML, so it was read "
                + "line by line as key: value"
                + (recovered.dropped().isEmpty() ? "" : ", dropping " + String.join("; ", recovered.dropped()))));
    }

    private Decision copy(SourceFile file, Path target) {
        Reading reading = readable(file);
        if (reading instanceof NotMigrated notMigrated) {
            return notMigrated;
        }
        Readable readable = (Readable) reading;
        String body = readable.body();
        List<String> said = new ArrayList<>(readable.mended());
        Diagnostics diagnostics = new Diagnostics(file.displayPath());
        // Leftovers are dropped for reading only: the copy keeps the body as written.
        String readBody = TemplateLeftovers.strip(body, 1, new Diagnostics(file.displayPath()));
        Optional<FrontMatter> read = parser.read(file, readable.frontMatter(), readBody, diagnostics);
        if (read.isEmpty() || diagnostics.hasErrors()) {
            // Named here, as check would name them: mended front matter has lines of its own.
            return new NotMigrated("its front matter has errors that migrate cannot mend: " + diagnostics.toList().stream()
                    .filter(Diagnostic::isError).map(Diagnostic::message).findFirst().orElse("it cannot be read")
                    + "; then run migrate again");
        }
        if (!read.get().inferred() && said.isEmpty()) {
            return new Copy(target, file.text(),
                    new FileReport(file.displayPath(), "has Hindsight's front matter; copied unchanged", true));
        }
        diagnostics.toList().stream()
                .filter(d -> d.code().startsWith("inferred-"))
                .map(Diagnostic::message)
                .forEach(said::add);
        if (read.get().postmortem().date().isEmpty()) {
            said.add("no date found: add \"date: YYYY-MM-DD\" to its front matter, which check asks for until then");
        }
        String text = FrontMatterWriter.write(read.get().postmortem(), target) + body;
        return new Copy(target, text, new FileReport(file.displayPath(), String.join("; ", said), true));
    }

    /** A copy of a file without a Markdown extension gets {@code .md}, so that it is read without include globs. */
    private static Path markdownName(Path target) {
        String name = target.getFileName().toString();
        return SourceScanner.hasMarkdownExtension(name) ? target : target.resolveSibling(name + ".md");
    }
}
