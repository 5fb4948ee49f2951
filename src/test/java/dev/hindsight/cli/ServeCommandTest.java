package dev.hindsight.cli;

import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code serve} says when it cannot start, and what {@code --open} asks a browser to show;
 * serving itself is tested in {@code serve.ServeEndToEndTest}.
 */
class ServeCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    private ProjectFolder.Run serve(String... options) {
        ProjectFolder project = new ProjectFolder(temp).postmortem("a");
        String[] args = new String[options.length + 5];
        args[0] = "serve";
        args[1] = "--source";
        args[2] = project.source().toString();
        args[3] = "--config";
        args[4] = project.config().toString();
        System.arraycopy(options, 0, args, 5, options.length);
        return ProjectFolder.run(args);
    }

    @Test
    void saysWhichPortIsInUseAndSuggestsAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            ProjectFolder.Run run = serve("--port", String.valueOf(port));

            assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: cannot serve on 127.0.0.1:" + port
                    + ", which another program is using; stop it, or pass another port, such as --port " + (port + 1)
                    + "\n"), run);
        }
    }

    @Test
    void saysWhenTheAddressIsNotOneOfThisMachine() {
        ProjectFolder.Run run = serve("--host", "192.0.2.1", "--port", "0");

        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().startsWith("hindsight: cannot serve on 192.0.2.1:0 ("), run.err());
        assertTrue(run.err().endsWith("); pass --host with an address of this machine, such as 127.0.0.1, and a port "
                + "from 1024 up\n"), run.err());
    }

    @Test
    void refusesAPortThatIsNoPort() {
        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: --port 70000 is not a port; pass one from 1 "
                + "to 65535, or 0 for any free one (see \"hindsight serve --help\")\n"), serve("--port", "70000"));
    }

    @Test
    void refusesAHostThatIsNotKnown() {
        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: unknown --host 'no-such-host.invalid'; pass "
                + "an address of this machine, such as 127.0.0.1 (see \"hindsight serve --help\")\n"),
                serve("--host", "no-such-host.invalid"));
    }

    /** {@code --drafts} is accepted, as build takes it, and the command goes on to check the rest. */
    @Test
    void acceptsDraftsAsBuildTakesIt() {
        assertEquals(new ProjectFolder.Run(ExitCode.USAGE, "", "hindsight: --port 70000 is not a port; pass one from 1 "
                + "to 65535, or 0 for any free one (see \"hindsight serve --help\")\n"),
                serve("--drafts", "--port", "70000"));
    }

    @Test
    void opensTheServedSiteInTheBrowserWithOpen() throws Exception {
        BlockingQueue<URI> opened = new LinkedBlockingQueue<>();
        Serving serving = Serving.start(new ServeCommand((page, notices) -> opened.add(page)),
                new ProjectFolder(temp).postmortem("a"), "--port", "0", "--open");

        URI page = opened.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(page, "serve --open asked for no browser: " + serving.output());
        HttpResponse<String> home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<title>Test Postmortems</title>"), home.body());
        assertTrue(serving.output().contains("Serving at " + page + " with drafts"), serving.output());

        assertEquals(ExitCode.OK, serving.stop());
        assertEquals(List.of(), List.copyOf(opened), "asked to open more than the one page");
        assertTrue(serving.output().endsWith("Stopped.\n"), serving.output());
    }

    @Test
    void opensNoBrowserWithoutOpen() throws Exception {
        BlockingQueue<URI> opened = new LinkedBlockingQueue<>();
        Serving serving = Serving.start(new ServeCommand((page, notices) -> opened.add(page)),
                new ProjectFolder(temp).postmortem("a"), "--port", "0");

        serving.awaitOutput("Serving at ");

        assertEquals(ExitCode.OK, serving.stop());
        assertEquals(List.of(), List.copyOf(opened));
    }

    /** {@code serve} running on a thread of its own, stopped by interrupting it as Ctrl-C would stop it. */
    private record Serving(Thread thread, StringWriter out, AtomicInteger exitCode) {

        static Serving start(ServeCommand command, ProjectFolder project, String... options) {
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(command).setOut(new PrintWriter(out, true))
                    .setErr(new PrintWriter(out, true));
            String[] args = Stream.concat(Stream.of("--source", project.source().toString(),
                    "--config", project.config().toString()), Stream.of(options)).toArray(String[]::new);
            AtomicInteger exitCode = new AtomicInteger(-1);
            Thread thread = new Thread(() -> exitCode.set(cli.execute(args)), "serve-under-test");
            thread.start();
            return new Serving(thread, out, exitCode);
        }

        String output() {
            return out.toString();
        }

        /** Waits, at most {@link #WAIT}, for the command to print {@code text}. */
        void awaitOutput(String text) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!output().contains(text) && System.nanoTime() < deadline && thread.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(output().contains(text), "serve did not print '" + text + "': " + output());
        }

        int stop() throws InterruptedException {
            thread.interrupt();
            thread.join(WAIT.toMillis());
            assertFalse(thread.isAlive(), "serve did not stop: " + output());
            return exitCode.get();
        }
    }
}
