package dev.hindsight.cli;

import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Output that cannot be written ({@code schema > /dev/full}, a closed pipe) is an I/O failure, not a
 * success that printed nothing: every command, on standard output and standard error alike.
 */
class WriteFailureTest {

    private static final String CANNOT_WRITE = "hindsight: could not write to standard output, so the output is "
            + "incomplete; check where it goes (a full disk, a closed pipe)\n";

    @TempDir
    Path temp;

    private ProjectFolder project;
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeLibrary() {
        project = new ProjectFolder(temp).write("site-src/site.yml", "required_sections: []\nbase_url: https://example.org/postmortems/\n")
                .postmortem("2026-03-01-api");
    }

    /** Like a full disk: every write fails. */
    private static PrintWriter full() {
        return new PrintWriter(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true);
    }

    private int runWithFullOutput(String... args) {
        return Main.run(args, full(), new PrintWriter(err, true));
    }

    @Test
    void reportsASchemaThatCannotBeWritten() {
        assertEquals(ExitCode.IO_FAILURE, runWithFullOutput("schema", "--config", project.config().toString()));
        assertEquals(CANNOT_WRITE, err.toString());
    }

    @Test
    void reportsJsonDiagnosticsThatCannotBeWritten() {
        assertEquals(ExitCode.IO_FAILURE, runWithFullOutput("check", "--source", project.source().toString(),
                "--config", project.config().toString(), "--format", "json"));
        assertEquals(CANNOT_WRITE, err.toString());
    }

    @Test
    void reportsTheBuildSummaryThatCannotBeWritten() {
        assertEquals(ExitCode.IO_FAILURE, runWithFullOutput("build", "--source", project.source().toString(),
                "--config", project.config().toString(), "--out", project.out().toString(),
                "--today", ProjectFolder.TODAY));
        assertEquals(CANNOT_WRITE, err.toString());
    }

    @Test
    void reportsHelpThatCannotBeWritten() {
        assertEquals(ExitCode.IO_FAILURE, runWithFullOutput("--help"));
        assertEquals(CANNOT_WRITE, err.toString());
    }

    @Test
    void failsWhenTheDiagnosticsOnStandardErrorCannotBeWritten() {
        project.postmortem("broken.md", "# no front matter\n");

        int code = Main.run(new String[] {"build", "--source", project.source().toString(), "--config",
                project.config().toString(), "--out", project.out().toString()}, new PrintWriter(new StringWriter()),
                full());

        assertEquals(ExitCode.IO_FAILURE, code);
    }
}
