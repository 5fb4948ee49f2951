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
 * again), for Hindsight and, when its files are there, for Pagefind. Prints a Markdown table.
 * Bytes are the Resource Timing API's {@code transferSize}: compressed bytes on the wire, scripts included.
 *
 * <p>Usage: {@code SearchBenchmark SITE QUERY…}; a query {@code filter:severity=sev1,year=2024} is filters only.
 */
public final class SearchBenchmark {

    private static final String BLANK = "search-bench.html";

    /** Loads the engine, runs the query, and reports what it took until the first five results with excerpts. */
    private static final String RUN = """
            const [engine, q, filters, done] = arguments;
            performance.setResourceTimingBufferSize(100000);
            const bytes = () => performance.getEntriesByType('resource').reduce((n, e) => n + e.transferSize, 0);
            async function hindsight() {
              await new Promise((ok, fail) => {
                const s = document.createElement('script');
                s.src = 'assets/search.js'; s.onload = ok; s.onerror = fail; document.head.append(s);
              });
              return () => HindsightSearch.firstResults(q, filters, 5).then(r => [r.total, r.titles[0] || '']);
            }
            async function pagefind() {
              const pf = await import('./pagefind/pagefind.js');
              await pf.init();
              return async () => {
                const search = await pf.search(q || null, Object.keys(filters).length ? { filters } : {});
                const data = await Promise.all(search.results.slice(0, 5).map(r => r.data()));
                return [search.results.length, data.length ? data[0].meta.title : ''];
              };
            }
            (async () => {
              const t0 = performance.now();
              const run = await (engine === 'hindsight' ? hindsight() : pagefind());
              const [total, top] = await run();
              const cold = performance.now() - t0;
              const coldBytes = bytes();
              const t1 = performance.now();
              await run();
              done({ cold, coldBytes, warm: performance.now() - t1, total, top });
            })().catch(e => done({ error: String(e) }));
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
            System.out.println("| query | engine | results | cold: KB before first results | cold: ms | warm: ms |");
            System.out.println("| --- | --- | ---: | ---: | ---: | ---: |");
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
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(RUN, engine, filtersOnly ? "" : query, filters);
        if (r.containsKey("error")) {
            return "| `" + query + "` | " + engine + " | " + r.get("error") + " | | | |";
        }
        return "| `%s` | %s | %s | %.1f | %.0f | %.1f |".formatted(query, engine, r.get("total"),
                ((Number) r.get("coldBytes")).doubleValue() / 1024, ((Number) r.get("cold")).doubleValue(),
                ((Number) r.get("warm")).doubleValue());
    }
}
