package dev.hindsight.publish;

import dev.hindsight.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A whole project in a temporary folder (postmortems, {@code site-src/site.yml}), built through
 * {@link Main#run} exactly as the command line does.
 */
public final class TestProject {

    /** What one run printed and returned. */
    public record Run(int exitCode, String out, String err) {
    }

    public static final String TODAY = "2026-06-01";

    private final Path root;

    public TestProject(Path root) {
        this.root = root;
        write("site-src/site.yml", "title: Test Postmortems\n");
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

    public TestProject write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A valid postmortem with the given id, front matter lines appended, and body. */
    public TestProject postmortem(String id, String extraFrontMatter, String body) {
        return write("postmortems/" + id + ".md", "---\n"
                + "title: Incident " + id + "\n"
                + "date: 2026-03-01\n"
                + "authors: [oncall]\n"
                + "status: complete\n"
                + "services: [api]\n"
                + "summary: Something broke for a while.\n"
                + extraFrontMatter
                + "---\n" + body);
    }

    public TestProject postmortem(String id) {
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

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
