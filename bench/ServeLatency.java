import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures {@code hindsight serve} as a writer meets it: from saving a postmortem to its page
 * being served with the change. Starts the real jar's {@code serve} on a free port, listens to
 * its reload events as an open page does, appends a sentence to one postmortem, and takes the
 * time from the end of the write to the reload event and to the first fetch of the page that
 * shows the sentence. Run by {@code bench/serve-latency.sh}, which makes the corpus; JDK only,
 * run as a source file ({@code java bench/ServeLatency.java}).
 *
 * <p>Usage: {@code java bench/ServeLatency.java JAR SOURCE_DIR EDITS WARMUPS}
 */
public final class ServeLatency {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** The first build loads every file: minutes at 10,000 postmortems on a busy machine. */
    private static final Duration START = Duration.ofMinutes(10);
    private static final Pattern SERVING = Pattern.compile("^Serving at (\\S+) ");
    private static final Pattern BUILT = Pattern.compile("^Built .* in (\\d+) ms \\((\\d+) loaded again\\)");

    private final HttpClient http = HttpClient.newHttpClient();
    private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> events = new LinkedBlockingQueue<>();

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java bench/ServeLatency.java JAR SOURCE_DIR EDITS WARMUPS");
            System.exit(2);
        }
        new ServeLatency().run(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
    }

    private void run(Path jar, Path source, int edits, int warmups) throws Exception {
        Path edited;
        try (Stream<Path> files = Files.walk(source)) {
            edited = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow(
                    () -> new IllegalStateException("no postmortem under " + source));
        }
        String original = Files.readString(edited, StandardCharsets.UTF_8);
        String stem = edited.getFileName().toString().replaceFirst("\\.md$", "");
        Process serve = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "serve", "--source", source.toString(), "--port", "0")
                .redirectErrorStream(true).start();
        try {
            reading(serve);
            URI site = URI.create(awaitLine(SERVING, START).group(1));
            URI page = site.resolve("postmortems/" + stem + "/");
            require(get(page).statusCode() == 200, page + " is not served");
            listenForBuilds(site.resolve("__hindsight/events"));
            events.poll(WAIT.toSeconds(), TimeUnit.SECONDS); // the event a new listener gets at once

            List<Long> toEvent = new ArrayList<>();
            List<Long> toPage = new ArrayList<>();
            List<Long> builds = new ArrayList<>();
            for (int edit = 1; edit <= warmups + edits; edit++) {
                String marker = "Benchmark edit " + edit + " " + System.nanoTime() + ".";
                output.clear();
                events.clear();
                Files.writeString(edited, original + "\n" + marker + "\n", StandardCharsets.UTF_8);
                long saved = System.nanoTime();
                long event = awaitEvent();
                long served = awaitPageWith(page, marker);
                Matcher built = awaitLine(BUILT, WAIT);
                if (edit > warmups) {
                    toEvent.add(event - saved);
                    toPage.add(served - saved);
                    builds.add(Long.parseLong(built.group(1)));
                }
                System.err.printf(Locale.ROOT, "edit %d%s: page served %.0f ms after the save (build %s ms, %s loaded again)%n",
                        edit, edit <= warmups ? " (warm-up)" : "", (served - saved) / 1e6, built.group(1), built.group(2));
                Thread.sleep(300); // lets the watcher's quiet time pass, so edits do not merge
            }
            System.out.printf(Locale.ROOT, "save -> page served: median %.0f ms (min %.0f, max %.0f) over %d edits%n",
                    median(toPage) / 1e6, min(toPage) / 1e6, max(toPage) / 1e6, edits);
            System.out.printf(Locale.ROOT, "save -> reload event: median %.0f ms%n", median(toEvent) / 1e6);
            System.out.printf(Locale.ROOT, "build (as serve reports it, from the change seen): median %d ms%n",
                    median(builds));
        } finally {
            Files.writeString(edited, original, StandardCharsets.UTF_8);
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Keeps serve's output lines, so that its build times can be read and nothing blocks on a full pipe. */
    private void reading(Process serve) {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    output.add(line);
                }
            } catch (IOException e) {
                // serve was stopped, which closes its output.
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Follows serve's reload events as an open page does, keeping when each arrived. */
    private void listenForBuilds(URI stream) {
        http.sendAsync(HttpRequest.newBuilder(stream).build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body()
                        .filter(line -> line.startsWith("data:"))
                        .forEach(line -> events.add(System.nanoTime())));
    }

    private long awaitEvent() throws InterruptedException {
        Long at = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        require(at != null, "no reload event " + WAIT.toSeconds() + " s after the save");
        return at;
    }

    /** Fetches the page after each reload event until it shows {@code marker}; when it first did. */
    private long awaitPageWith(URI page, String marker) throws IOException, InterruptedException {
        while (true) {
            HttpResponse<String> response = get(page);
            long at = System.nanoTime();
            if (response.body().contains(marker)) {
                return at;
            }
            awaitEvent();
        }
    }

    private Matcher awaitLine(Pattern pattern, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (System.nanoTime() < deadline) {
            String line = output.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    return matcher;
                }
            }
        }
        throw new IllegalStateException("serve printed no line like " + pattern + " in " + wait.toSeconds() + " s");
    }

    private HttpResponse<String> get(URI page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElseThrow();
    }
}
