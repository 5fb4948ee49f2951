package dev.hindsight.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Images and files beside a postmortem are copied beside its page, where its relative links lead. */
class AttachmentsEndToEndTest {

    @TempDir
    Path root;

    @Test
    void copiesFilesAPostmortemLinksToBesideItsPage() throws IOException {
        Path source = queuePostmortem("""
                ![Queue depth](images/queue%20depth.png)

                See [the logs](attachments/logs.txt), [outside](../secret.txt) and [gone](missing.png).
                """);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        Files.createDirectories(source.resolve("images"));
        Files.write(source.resolve("images/queue depth.png"), png);
        Files.createDirectories(source.resolve("attachments"));
        Files.writeString(source.resolve("attachments/logs.txt"), "12:00 queue stopped\n");
        Files.writeString(root.resolve("postmortems/secret.txt"), "not beside the postmortem\n");
        Path out = root.resolve("site");

        assertEquals(ExitCode.OK, build(out));
        Path page = out.resolve("postmortems/2024-05-01-queue");
        assertArrayEquals(png, Files.readAllBytes(page.resolve("images/queue depth.png")));
        assertEquals("12:00 queue stopped\n", Files.readString(page.resolve("attachments/logs.txt")));
        assertTrue(Files.readString(page.resolve("index.html")).contains("src=\"images/queue%20depth.png\""));
        assertFalse(Files.exists(out.resolve("postmortems/secret.txt")), "a link out of the folder copies nothing");
    }

    @Test
    void readsAnImagePathWithSpacesWrittenInAngleBrackets() throws IOException {
        Path source = queuePostmortem("![Queue depth](<images/queue depth.png> \"Depth over the day\")\n");
        Files.createDirectories(source.resolve("images"));
        Files.writeString(source.resolve("images/queue depth.png"), "png");
        Path out = root.resolve("site");

        assertEquals(ExitCode.OK, build(out));
        Path page = out.resolve("postmortems/2024-05-01-queue");
        assertTrue(Files.readString(page.resolve("index.html"))
                .contains("<img src=\"images/queue depth.png\" alt=\"Queue depth\" title=\"Depth over the day\""));
        assertEquals("png", Files.readString(page.resolve("images/queue depth.png")));
    }

    @Test
    void neverPublishesWhatALinkedSymbolicLinkLeadsOutOfTheFolderTo() throws IOException {
        Path source = Files.createDirectories(root.resolve("postmortems/2024"));
        Files.writeString(source.resolve("2024-05-01-queue.md"), """
                # Queue outage

                The queue stopped on 1 May 2024. ![Graph](graph.png) ![Inside](images/inside.png)
                """);
        Path secret = Files.writeString(root.resolve("secret.txt"), "not the team's to publish\n");
        Files.createSymbolicLink(source.resolve("graph.png"), secret);
        Files.createDirectories(source.resolve("images"));
        Files.writeString(source.resolve("images/real.png"), "png");
        Files.createSymbolicLink(source.resolve("images/inside.png"), source.resolve("images/real.png"));
        Path out = root.resolve("site");

        assertEquals(ExitCode.OK, build(out));
        Path page = out.resolve("postmortems/2024-05-01-queue");
        assertFalse(Files.exists(page.resolve("graph.png")), "a link that leads out of the folder copies nothing");
        assertEquals("png", Files.readString(page.resolve("images/inside.png")), "a link within the folder is followed");
    }

    @Test
    void namesOnlyTheFilesNoPageUsesAsNotRead() throws IOException {
        Path source = Files.createDirectories(root.resolve("postmortems/2024"));
        Files.writeString(source.resolve("2024-05-01-queue.md"), """
                # Queue outage

                The queue stopped on 1 May 2024. ![Graph](images/graph.png)
                """);
        Files.createDirectories(source.resolve("images"));
        Files.writeString(source.resolve("images/graph.png"), "png");
        Files.writeString(source.resolve("images/unused.png"), "png");
        StringWriter err = new StringWriter();

        assertEquals(ExitCode.OK, build(root.resolve("site"), err));
        String warning = err.toString().lines().filter(l -> l.endsWith("(files-not-read)")).findFirst().orElseThrow();
        assertTrue(warning.contains("1 file is not Markdown and not read: ")
                && warning.contains("images/unused.png"), warning);
        assertFalse(warning.contains("graph.png"), "the page's image is used, so it is not named: " + warning);
    }

    /** {@code postmortems/2024/2024-05-01-queue.md} with this after its title and first line; its folder. */
    private Path queuePostmortem(String rest) throws IOException {
        Path source = Files.createDirectories(root.resolve("postmortems/2024"));
        Files.writeString(source.resolve("2024-05-01-queue.md"),
                "# Queue outage\n\nThe queue stopped on 1 May 2024.\n\n" + rest);
        return source;
    }

    private int build(Path out) {
        return build(out, new StringWriter());
    }

    private int build(Path out, StringWriter err) {
        return Main.run(new String[]{"build", "--source", root.resolve("postmortems").toString(), "--config",
                root.resolve("none.yml").toString(), "--out", out.toString(), "--today", "2024-06-01"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
    }
}
