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

/** A throwaway project on disk: postmortems, a site config, and a way to run the real CLI on them. */
public final class ProjectFolder {

    private final Path root;

    public ProjectFolder(Path root) {
        this.root = root;
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
        return root.resolve("site");
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

    public Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--source", source().toString(), "--config",
                config().toString(), "--out", out().toString(), "--today", "2026-11-25"));
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
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
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
