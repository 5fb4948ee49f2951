package dev.hindsight.testing;

import dev.hindsight.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A throwaway project on disk (postmortems, {@code site-src/site.yml}), built and checked through
 * {@link Main#run} exactly as the command line does.
 */
public final class ProjectFolder {

    /** The day builds judge overdue action items against, so that output does not depend on the clock. */
    public static final String TODAY = "2026-11-25";

    /** A site with an address, as a published one has, so that builds make every output and warn of nothing. */
    public static final String SITE_YML = "title: Test Postmortems\nbase_url: https://example.org/postmortems/\n";

    private final Path root;

    public ProjectFolder(Path root) {
        this.root = root;
        write("site-src/site.yml", SITE_YML);
        try {
            Files.createDirectories(source());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path source() {
        return root.resolve("postmortems");
    }

    public Path config() {
        return root.resolve("site-src/site.yml");
    }

    public Path out() {
        return root.resolve("target/site");
    }

    public ProjectFolder write(String relativePath, String text) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a postmortem under the source folder. */
    public ProjectFolder postmortem(String relativePath, String text) {
        return write("postmortems/" + relativePath, text);
    }

    /** A valid postmortem {@code postmortems/<id>.md} with extra front-matter lines and a body. */
    public ProjectFolder postmortem(String id, String extraFrontMatter, String body) {
        return postmortem(id + ".md", "---\n"
                + "title: Incident " + id + "\n"
                + "date: 2026-03-01\n"
                + "authors: [oncall]\n"
                + "status: complete\n"
                + "services: [api]\n"
                + "summary: Something broke for a while.\n"
                + extraFrontMatter
                + "---\n" + body);
    }

    public ProjectFolder postmortem(String id) {
        return postmortem(id, "", "## Summary\n\nIt broke.\n");
    }

    public Run build(String... extra) {
        return build(out(), extra);
    }

    public Run build(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--source", source().toString(), "--config",
                config().toString(), "--out", out.toString(), "--today", TODAY));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    public Run check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--source", source().toString(), "--config",
                config().toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    public String read(String sitePath) {
        try {
            return Files.readString(out().resolve(sitePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What one command printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }
}
