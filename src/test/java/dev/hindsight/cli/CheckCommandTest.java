package dev.hindsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.build.FileFailure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code hindsight check} from the command line: output, formats and exit codes, end to end. */
class CheckCommandTest {

    private static final String FIELDS = """
            date: 2016-06-14
            authors: [platform-oncall]
            status: complete
            services: [registry]
            summary: Pushes to the registry failed for forty minutes.
            """;

    @TempDir
    Path root;
    private Path source;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeConfig() throws IOException {
        source = Files.createDirectories(root.resolve("postmortems"));
        config = Files.writeString(root.resolve("site.yml"), "required_sections: [Summary]\n");
    }

    private void write(String path, String title, String extraFields, String body) throws IOException {
        Path file = source.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: " + title + "\n" + FIELDS + extraFields + "---\n" + body);
    }

    private void writeBrokenLibrary() throws IOException {
        write("2016/2016-06-14-registry-outage.md", "Registry outage", "", "## Summary\n\nIt broke.\n");
        write("2018/2018-10-09-dns.md", "DNS outage", "related: [2016-06-14-registry-outage]\n",
                "## Summary\n\nSee [the registry outage](../2016/2016-06-14-registry-outage.md).\n");
        write("2020/sev.md", "Database failover", "severity: sev5\n", "## Summary\n");
        write("2020/typo.md", "Cache flush", "serivces: [cache]\n", "## Summary\n\nSee [this](missing.md).\n");
        write("2021/copy.md", "Registry outage again", "id: 2016-06-14-registry-outage\n", "No sections.\n");
        Files.createDirectories(source.resolve("2022"));
        Files.writeString(source.resolve("2022/notes.md"), "# Just notes\n");
    }

    private int check(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "check";
        args[1] = "--source";
        args[2] = source.toString();
        args[3] = "--config";
        args[4] = config.toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    /** Output with the temp folder left out of paths, as a user working in it would see them. */
    private String output() {
        return out.toString().replace(root.toAbsolutePath().normalize() + "/", "");
    }

    @Test
    void reportsEveryProblemOfALibraryAtOnceSortedByFileAndLine() throws IOException {
        writeBrokenLibrary();

        assertEquals(ExitCode.CONTENT_ERRORS, check());
        assertEquals("""
                postmortems/2020/sev.md:8:11: error: unknown severity [sev5]; expected one of SEV1, SEV2, SEV3, SEV4 (severity)
                postmortems/2020/typo.md:8:1: warning: unknown field [serivces] is ignored; did you mean services? (unknown-field)
                postmortems/2020/typo.md:12:5: error: link to [missing.md] leads to no postmortem file; check the path, which is relative to this file (broken-link)
                postmortems/2021/copy.md:1:1: warning: no "## Summary" section; add it, or change required_sections in site.yml (section-missing)
                postmortems/2021/copy.md:8:5: error: id [2016-06-14-registry-outage] is already used by postmortems/2016/2016-06-14-registry-outage.md; give one of them another id ("id: ...") or file name (duplicate-id)
                postmortems/2022/notes.md:1:1: warning: no front matter, so the metadata was read from the text: title from the first heading; not found, so defaulted: status unknown, authors unknown, services none, no date, so it is listed as undated; hindsight migrate writes it as front matter (inferred-metadata)
                3 errors, 3 warnings in 6 postmortems
                """, output());
        assertEquals("", err.toString());
    }

    @Test
    void printsTheSameProblemsAsJson() throws IOException {
        writeBrokenLibrary();

        assertEquals(ExitCode.CONTENT_ERRORS, check("--format", "json"));
        JsonNode rows = new ObjectMapper().readTree(output());
        assertEquals(6, rows.size());
        assertEquals("{\"file\":\"postmortems/2020/sev.md\",\"line\":8,\"column\":11,\"severity\":\"error\","
                + "\"code\":\"severity\",\"message\":\"unknown severity [sev5]; expected one of SEV1, SEV2, SEV3, SEV4\"}",
                rows.get(0).toString());
        assertEquals("warning", rows.get(1).get("severity").asText());
        assertEquals("inferred-metadata", rows.get(5).get("code").asText());
    }

    @Test
    void passesACleanLibrary() throws IOException {
        write("2016/2016-06-14-registry-outage.md", "Registry outage", "", "## Summary\n");
        write("2018/2018-10-09-dns.md", "DNS outage", "related: [2016-06-14-registry-outage]\n", "## Summary\n");

        assertEquals(ExitCode.OK, check());
        assertEquals("0 errors, 0 warnings in 2 postmortems\n", output());
        assertEquals(ExitCode.OK, check("--format", "json", "--strict"));
    }

    @Test
    void failsOnWarningsOnlyWhenStrict() throws IOException {
        write("pm.md", "Registry outage", "serivces: [cache]\n", "## Summary\n");

        assertEquals(ExitCode.OK, check());
        assertEquals(ExitCode.CONTENT_ERRORS, check("--strict"));
        assertTrue(output().endsWith("0 errors, 1 warning in 1 postmortem\n"), output());
    }

    @Test
    void refusesAMissingSourceFolderInOneLine() {
        int code = Main.run(new String[] {"check", "--source", root.resolve("nowhere").toString()},
                new PrintWriter(out), new PrintWriter(err));

        assertEquals(ExitCode.USAGE, code);
        assertEquals("hindsight: the source folder " + root.resolve("nowhere") + " does not exist; pass the folder "
                + "of your postmortems with --source DIR (see \"hindsight check --help\")\n", err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void namesTheFileOfAnInternalErrorInOneLine() {
        CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(err));

        int code = Main.fail(new FileFailure("postmortems/x.md", new NullPointerException("boom")), cli, false);

        assertEquals(ExitCode.IO_FAILURE, code);
        assertEquals("hindsight: internal error while reading postmortems/x.md (NullPointerException: boom); this is a "
                + "bug in Hindsight, run again with --debug to see where\n", err.toString());
    }

    @Test
    void showsTheTraceOfAnInternalErrorWithDebug() {
        CommandLine cli = new CommandLine(new Main()).setErr(new PrintWriter(err));

        Main.fail(new FileFailure("postmortems/x.md", new NullPointerException("boom")), cli, true);

        String[] lines = err.toString().split("\n");
        assertEquals("hindsight: internal error while reading postmortems/x.md (NullPointerException: boom); this is a "
                + "bug in Hindsight", lines[0]);
        assertTrue(err.toString().contains("Caused by: java.lang.NullPointerException: boom"), err.toString());
        assertTrue(lines.length > 3);
    }

    @Test
    void acceptsDebugOnTheCheckCommand() throws IOException {
        write("pm.md", "Registry outage", "", "## Summary\n");

        assertEquals(ExitCode.OK, check("--debug"));
        assertFalse(err.toString().contains("Exception"));
    }

    /** A file name may hold any character but "/" and NUL: with a line break it could forge a line of its own. */
    private static final String FORGING_NAME = "ok.md\nfake.md:1:1: error: injected (x)\n.md";

    @Test
    void escapesControlCharactersInFileNamesSoThatNoLineCanBeForged() throws IOException {
        Files.writeString(source.resolve(FORGING_NAME), "---\ntitle: never closed\n");

        assertEquals(ExitCode.CONTENT_ERRORS, check());
        assertEquals("""
                postmortems/ok.md\\nfake.md:1:1: error: injected (x)\\n.md:1:1: error: front matter opened on line 1 \
                is never closed; add a line "---" after the last field (front-matter-unterminated)
                1 error, 0 warnings in 1 postmortem
                """, output());
    }

    @Test
    void escapesControlCharactersInJsonAlike() throws IOException {
        Files.writeString(source.resolve(FORGING_NAME), "---\ntitle: never closed\n");
        write("pm.md", "Registry outage", "severity: \"SEV\u202E1\"\n", "## Summary\n");

        assertEquals(ExitCode.CONTENT_ERRORS, check("--format", "json"));
        assertTrue(output().chars().allMatch(c -> c == '\n' || c >= ' ' && c != '\u202E'), output());
        assertEquals("postmortems/ok.md\\nfake.md:1:1: error: injected (x)\\n.md",
                new ObjectMapper().readTree(output()).get(0).get("file").asText());
    }

    /** U+202E turns the rest of a line around on screen, so that it reads other than it is. */
    @Test
    void escapesBidirectionalControlsInQuotedValues() throws IOException {
        write("pm.md", "Registry outage", "severity: \"SEV\u202E1\"\n", "## Summary\n");

        assertEquals(ExitCode.CONTENT_ERRORS, check());
        assertEquals("postmortems/pm.md:8:11: error: unknown severity [SEV\\u202E1]; expected one of SEV1, SEV2, SEV3, "
                + "SEV4; did you mean SEV1? (severity)\n1 error, 0 warnings in 1 postmortem\n", output());
    }

    @Test
    void escapesControlCharactersInMistakesOnTheCommandLine() {
        int code = Main.run(new String[] {"check", "--source", "no\nwhere"}, new PrintWriter(out), new PrintWriter(err));

        assertEquals(ExitCode.USAGE, code);
        assertEquals("hindsight: the source folder no\\nwhere does not exist; pass the folder of your postmortems "
                + "with --source DIR (see \"hindsight check --help\")\n", err.toString());
    }
}
