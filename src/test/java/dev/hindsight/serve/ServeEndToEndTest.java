package dev.hindsight.serve;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Project;
import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Serves a small library on a free port and uses it over real HTTP as a writer's browser would:
 * pages, the reload signal after an edit, the overlay while a file is broken, and paths outside the
 * site.
 */
class ServeEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> terminal = new CopyOnWriteArrayList<>();
    private ProjectFolder project;
    private DevServer server;

    @BeforeEach
    void serveALibrary() throws Exception {
        project = new ProjectFolder(temp.resolve("project"))
                .write("site-src/site.yml", "title: Test Postmortems\nbase_path: /repo/\n")
                .postmortem("2026/2026-03-01-api.md", PostmortemText.titled("API outage", "2026-03-01").text())
                .postmortem("2026/2026-03-02-wip.md", PostmortemText.titled("Still writing", "2026-03-02")
                        .with("status", "draft").text());
        server = DevServer.start(new ServeOptions(new Project(project.source(), project.config(), true),
                "127.0.0.1", 0), new Terminal() {
                    @Override
                    public void built(CheckResult result, long millis) {
                        terminal.add(result.summary() + ", " + result.loadedAgain() + " loaded again");
                    }

                    @Override
                    public void failed(RuntimeException e) {
                        terminal.add(e.toString());
                    }
                });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Document page(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    @Test
    void servesPagesWithTheirContentTypesAndFoldersAsIndexHtml() throws Exception {
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("API outage", page("/postmortems/2026-03-01-api/").selectFirst("h1").text());
        assertEquals("text/css; charset=utf-8", get("/assets/style.css").headers().firstValue("Content-Type")
                .orElseThrow());
        assertEquals("text/javascript; charset=utf-8", get("/assets/site.js").headers().firstValue("Content-Type")
                .orElseThrow());
        assertEquals("image/svg+xml", get("/assets/favicon.svg").headers().firstValue("Content-Type").orElseThrow());

        HttpResponse<String> folder = get("/postmortems/2026-03-01-api");
        assertEquals(301, folder.statusCode());
        assertEquals("/postmortems/2026-03-01-api/", folder.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void servesTheSites404PageForMissingPaths() throws Exception {
        HttpResponse<String> missing = get("/postmortems/no-such-thing/");

        assertEquals(404, missing.statusCode());
        assertEquals("Page not found", Jsoup.parse(missing.body()).selectFirst("h1").text());
        assertTrue(missing.body().contains(LiveReload.EVENTS_PATH), "the 404 page reloads too");
    }

    @Test
    void showsDraftsWithADraftBadge() throws Exception {
        Document draft = page("/postmortems/2026-03-02-wip/");

        assertEquals("Draft", draft.selectFirst(".pm-header .badge-status.status-draft").text());
    }

    @Test
    void injectsTheReloadScriptIntoServedPagesOnlyNeverIntoABuiltSite() throws Exception {
        assertTrue(get("/").body().contains("new EventSource(\"/__hindsight/events\")"));
        assertEquals(0, project.build().exitCode());
        try (Stream<Path> files = Files.walk(project.out())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("__hindsight"), file.toString());
            }
        }
        assertFalse(get("/assets/site.js").body().contains("__hindsight"));
    }

    @Test
    void reloadsAfterAnEditShowsProblemsOverTheLastGoodSiteAndClearsThemWhenFixed() throws Exception {
        Events events = Events.open(http, server.address().resolve(LiveReload.EVENTS_PATH));
        String first = events.next();

        project.postmortem("2026/2026-03-01-api.md", PostmortemText.titled("API outage, edited", "2026-03-01").text());
        assertTrue(Long.parseLong(events.next()) > Long.parseLong(first));
        Document edited = page("/postmortems/2026-03-01-api/");
        assertEquals("API outage, edited", edited.selectFirst("h1").text());
        assertEquals(null, edited.getElementById(Overlay.ID));

        project.postmortem("2026/2026-03-01-api.md", PostmortemText.titled("API outage, broken", "2026-03-01")
                .with("severity", "SEV9").text());
        events.next();
        Document broken = page("/postmortems/2026-03-01-api/");
        assertEquals("API outage, edited", broken.selectFirst("h1").text(), "the last good site stays");
        assertNotNull(broken.getElementById(Overlay.ID));
        assertEquals(List.of("postmortems/2026/2026-03-01-api.md:6:11: error: unknown severity [SEV9]; expected one "
                        + "of SEV1, SEV2, SEV3, SEV4 (severity)"),
                broken.select("#" + Overlay.ID + " li").eachText().stream()
                        .map(line -> line.substring(line.indexOf("postmortems/"))).toList());
        assertNotNull(page("/").getElementById(Overlay.ID), "every page shows it");

        project.postmortem("2026/2026-03-01-api.md", PostmortemText.titled("API outage, fixed", "2026-03-01").text());
        events.next();
        Document fixed = page("/postmortems/2026-03-01-api/");
        assertEquals("API outage, fixed", fixed.selectFirst("h1").text());
        assertEquals(null, fixed.getElementById(Overlay.ID));
        assertEquals(List.of("0 errors, 0 warnings in 2 postmortems, 2 loaded again",
                "0 errors, 0 warnings in 2 postmortems, 1 loaded again",
                "1 error, 0 warnings in 2 postmortems, 1 loaded again",
                "0 errors, 0 warnings in 2 postmortems, 1 loaded again"),
                withoutRepeats(terminal), "only the edited file is loaded again");
    }

    /** Outputs are made as they are asked for after a build: the late ones must be of the new library too. */
    @Test
    void afterAnEditThePageTheHomeListAndTheSearchIndexAllShowIt() throws Exception {
        Events events = Events.open(http, server.address().resolve(LiveReload.EVENTS_PATH));
        events.next();

        project.postmortem("2026/2026-03-01-api.md", PostmortemText.titled("Queue outage", "2026-03-01").text());
        events.next();

        assertEquals("Queue outage", page("/postmortems/2026-03-01-api/").selectFirst("h1").text());
        String home = page("/").text();
        assertTrue(home.contains("Queue outage") && !home.contains("API outage"), home);
        String shown = get("/search/docs/0.json").body();
        assertTrue(shown.contains("\"Queue outage\"") && !shown.contains("API outage"), shown);
    }

    @Test
    void picksUpNewFoldersAndDeletedPostmortems() throws Exception {
        Events events = Events.open(http, server.address().resolve(LiveReload.EVENTS_PATH));
        events.next();

        project.postmortem("2027/new/2027-01-01-new.md", PostmortemText.titled("New one", "2027-01-01").text());
        events.until(() -> get("/postmortems/2027-01-01-new/").statusCode() == 200);
        Files.delete(project.source().resolve("2027/new/2027-01-01-new.md"));
        events.until(() -> get("/postmortems/2027-01-01-new/").statusCode() == 404);
    }

    @Test
    void watchesASourceFolderThatIsASymbolicLink() throws Exception {
        Path linked = Files.createSymbolicLink(temp.resolve("linked"), project.source());
        try (DevServer linkedServer = DevServer.start(new ServeOptions(new Project(linked, project.config(), true),
                "127.0.0.1", 0), new Terminal() {
                    @Override
                    public void built(CheckResult result, long millis) {
                    }

                    @Override
                    public void failed(RuntimeException e) {
                        terminal.add(e.toString());
                    }
                })) {
            Events events = Events.open(http, linkedServer.address().resolve(LiveReload.EVENTS_PATH));
            events.next();

            project.postmortem("2026/2026-03-03-dns.md", PostmortemText.titled("DNS outage", "2026-03-03").text());

            events.until(() -> http.send(HttpRequest.newBuilder(linkedServer.address()
                    .resolve("/postmortems/2026-03-03-dns/")).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode() == 200);
        }
    }

    @Test
    void refusesPathsOutsideTheSite() throws Exception {
        Files.writeString(temp.resolve("secret.txt"), "secret");
        for (String target : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
                "/assets/..%2f..%2fsecret.txt", "/assets/%2e%2e%5c%2e%2e%5csecret.txt", "/..\\secret.txt",
                "/./index.html", "/assets/%00", "//../secret.txt", "/" + temp.resolve("secret.txt"), temp.resolve("secret.txt").toUri().toString())) {
            String response = rawGet(target);
            String status = response.substring(0, response.indexOf("\r\n"));
            assertTrue(status.endsWith(" 400 Bad Request") || status.endsWith(" 404 Not Found"), target + ": " + status);
            assertFalse(response.contains("secret\n") || response.contains("root:"), target);
        }
    }

    @Test
    void stopsServingWhenClosed() throws Exception {
        server.close();

        assertThrows(ConnectException.class, () -> get("/"));
    }

    /** A save seen as two changes builds twice, the second time loading nothing new. */
    private static List<String> withoutRepeats(List<String> lines) {
        List<String> kept = new java.util.ArrayList<>();
        for (String line : lines) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).equals(line) && !line.endsWith(", 0 loaded again")) {
                kept.add(line);
            }
        }
        return kept;
    }

    /** The request line exactly as written, as an HTTP client would normalise {@code ..} away. */
    private String rawGet(String target) throws IOException {
        try (Socket socket = new Socket(server.address().getHost(), server.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The versions the server announces on its event stream, as the page's script sees them. */
    private record Events(BlockingQueue<String> versions) {

        static Events open(HttpClient http, URI uri) {
            BlockingQueue<String> versions = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(response -> response.body().filter(line -> line.startsWith("data: "))
                            .forEach(line -> versions.add(line.substring("data: ".length()))));
            return new Events(versions);
        }

        /** The latest version once builds stop: one save may be seen as two changes, and so two builds. */
        String next() throws InterruptedException {
            String version = versions.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(version, "no build was announced in " + WAIT);
            String later;
            while ((later = versions.poll(300, TimeUnit.MILLISECONDS)) != null) {
                version = later;
            }
            return version;
        }

        interface Check {
            boolean holds() throws Exception;
        }

        /** Waits for builds until the check holds: an editor's save may take more than one. */
        void until(Check check) throws Exception {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (!check.holds()) {
                assertTrue(System.nanoTime() < deadline, "not seen in " + WAIT);
                versions.poll(100, TimeUnit.MILLISECONDS);
            }
        }
    }
}
