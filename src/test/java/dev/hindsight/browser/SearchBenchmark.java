package dev.hindsight.browser;

import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The browser half of {@code bench/search.sh}: serves a built site gzipped on 127.0.0.1 and runs
 * each query in headless Chromium, cold (empty cache, nothing loaded) and then warm (same page,
 * again, excerpts included), for Hindsight and, when its files are there, for Pagefind. Prints a Markdown table.
 * Bytes are counted by the server: every response body as sent, compressed, scripts and workers' fetches included.
 *
 * <p>Usage: {@code SearchBenchmark SITE QUERY…}; a query {@code filter:severity=sev1,year=2024} is filters only.
 */
public final class SearchBenchmark {

    private static final String BLANK = "search-bench.html";

    /**
     * Loads the engine and runs the query until its first five results are on screen; keeps, in
     * {@code window}, a function to fill in their excerpts and one to run the query again. Hindsight
     * shows a result's title, facts and summary before fetching its excerpt; Pagefind needs the fragment for all.
     */
    private static final String RUN = """
            const [engine, q, filters, done] = arguments;
            async function hindsight() {
              await new Promise((ok, fail) => {
                const s = document.createElement('script');
                s.src = 'assets/search.js'; s.onload = ok; s.onerror = fail; document.head.append(s);
              });
              return () => HindsightSearch.firstResults(q, filters, 5);
            }
            async function pagefind() {
              const pf = await import('./pagefind/pagefind.js');
              await pf.init();
              return async () => {
                const search = await pf.search(q || null, Object.keys(filters).length ? { filters } : {});
                await Promise.all(search.results.slice(0, 5).map(r => r.data()));
                return { total: search.results.length, fill: () => Promise.resolve() };
              };
            }
            (async () => {
              const t0 = performance.now();
              window.benchRun = await (engine === 'hindsight' ? hindsight() : pagefind());
              const first = await window.benchRun();
              const shown = performance.now() - t0;
              window.benchFill = () => first.fill().then(() => performance.now() - t0);
              done({ shown, total: first.total });
            })().catch(e => done({ error: String(e) }));
            """;

    /** Fills in the excerpts of the first run, as the page does once its results are on screen, and waits for them. */
    private static final String EXCERPTS = """
            const done = arguments[arguments.length - 1];
            window.benchFill().then(done, () => done(-1));
            """;

    /** The same query again on the same page, excerpts included. */
    private static final String WARM = """
            const done = arguments[arguments.length - 1];
            const t1 = performance.now();
            window.benchRun().then(r => r.fill()).then(() => done(performance.now() - t1), () => done(-1));
            """;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]);
        List<String> queries = List.of(args).subList(1, args.length);
        Files.writeString(site.resolve(BLANK), "<!DOCTYPE html><html lang=\"en\"><title>bench</title></html>\n",
                StandardCharsets.UTF_8);
        List<String> engines = new ArrayList<>(List.of("hindsight"));
        if (Files.exists(site.resolve("pagefind/pagefind.js"))) {
            engines.add("pagefind");
        }
        Path profile = Files.createTempDirectory("search-bench-chromium");
        ChromeDriver driver = HeadlessChromium.start(profile);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try (StaticSiteServer server = StaticSiteServer.serve(site, "/", true)) {
            // One unreported run per engine first: the first request of all pays the server's and the
            // browser's own start-up (class loading, JIT), which a visitor opening the site never sees.
            for (String engine : engines) {
                row(driver, server, engine, queries.get(0));
            }
            System.out.println("| query | engine | results | cold: KB to first results | cold: ms to first results"
                    + " | cold: KB with excerpts | cold: ms with excerpts | warm: ms |");
            System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
            for (String query : queries) {
                for (String engine : engines) {
                    System.out.println(row(driver, server, engine, query));
                }
            }
        } finally {
            driver.quit();
        }
    }

    private static String row(ChromeDriver driver, StaticSiteServer server, String engine, String query) {
        boolean filtersOnly = query.startsWith("filter:");
        Map<String, List<String>> filters = new java.util.TreeMap<>();
        if (filtersOnly) {
            for (String pair : query.substring("filter:".length()).split(",")) {
                String[] kv = pair.split("=", 2);
                filters.computeIfAbsent(kv[0], k -> new ArrayList<>()).add(kv[1]);
            }
        }
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        driver.get(server.url() + BLANK);
        long before = server.bytesSent();
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(RUN, engine, filtersOnly ? "" : query, filters);
        long shownBytes = server.bytesSent() - before;
        if (r.containsKey("error")) {
            return "| `" + query + "` | " + engine + " | " + r.get("error") + " | | | | | |";
        }
        Number excerpts = (Number) driver.executeAsyncScript(EXCERPTS);
        long excerptBytes = server.bytesSent() - before;
        Number warm = (Number) driver.executeAsyncScript(WARM);
        return "| `%s` | %s | %s | %.1f | %.0f | %.1f | %.0f | %.1f |".formatted(query, engine, r.get("total"),
                shownBytes / 1024.0, ((Number) r.get("shown")).doubleValue(), excerptBytes / 1024.0,
                excerpts.doubleValue(), warm.doubleValue());
    }
}
