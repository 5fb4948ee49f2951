package dev.hindsight.render.search;

import dev.hindsight.model.Body;
import dev.hindsight.model.Library;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.Timestamps;
import dev.hindsight.render.OutputFile;
import dev.hindsight.render.RenderContext;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How many search files a library gets: far fewer than postmortems, and ever fewer per postmortem as it grows. */
class SearchFileCountTest {

    private static final SiteConfig SITE = SiteConfig.defaults();
    private static final List<String> WORDS = List.of("database", "failover", "latency", "queue", "deploy", "rollback",
            "certificate", "expired", "replica", "timeout", "cache", "eviction", "disk", "pressure", "kernel", "upgrade");

    @Test
    void tenTimesTheLibraryIsFarFewerThanTenTimesTheFiles() {
        Map<String, Integer> thousand = filesByFolder(1_000);
        Map<String, Integer> tenThousand = filesByFolder(10_000);
        int small = total(thousand);
        int large = total(tenThousand);
        assertTrue(large * 2 < small * 10, "10,000 postmortems: " + tenThousand + "; 1,000: " + thousand);
        assertTrue(large < 10_000 / 5, "no file per postmortem: " + tenThousand);
        assertTrue(tenThousand.get("text") * 3 < thousand.get("text") * 10, "excerpt text grows with the square root: " + tenThousand);
        assertEquals(thousand.get("filters"), tenThousand.get("filters"));
    }

    private static Map<String, Integer> filesByFolder(int size) {
        List<Postmortem> postmortems = IntStream.range(0, size).mapToObj(SearchFileCountTest::postmortem).toList();
        Library library = Library.assemble(postmortems, SITE.statuses(), SITE.severities());
        List<OutputFile> files = new SearchIndex().files(new RenderContext(SITE, List.of(), library, LocalDate.of(2026, 11, 25)));
        return files.stream().collect(Collectors.groupingBy(SearchFileCountTest::folder, TreeMap::new,
                Collectors.summingInt(f -> 1)));
    }

    private static String folder(OutputFile file) {
        String path = file.path().substring(SearchIndex.FOLDER.length());
        return path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
    }

    private static int total(Map<String, Integer> byFolder) {
        return byFolder.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** A postmortem of a few sections, its words from a small vocabulary, with a ticket only it names. */
    private static Postmortem postmortem(int n) {
        String id = "pm-" + n;
        List<Body.Section> sections = IntStream.range(0, 3).mapToObj(s -> new Body.Section("Part " + s, "part-" + s,
                IntStream.range(0, 40).mapToObj(w -> WORDS.get((n * 7 + s * 5 + w * w) % WORDS.size()))
                        .collect(Collectors.joining(" ")) + " OPS-" + n + "."))
                .toList();
        return new Postmortem(id, id + ".md", "postmortems/" + id + ".md", "The " + WORDS.get(n % WORDS.size()) + " incident " + n,
                Optional.of(LocalDate.of(2020, 1, 1).plusDays(n % 2000)), List.of("author-" + n % 40),
                SITE.statuses().find("complete").orElseThrow(), SITE.severities().find("SEV2"),
                List.of("service-" + n % 30), Optional.empty(), List.of(), "A " + WORDS.get(n * 3 % WORDS.size()) + " problem.",
                Optional.empty(), Timestamps.NONE, List.of(), List.of(), new Body("", List.of(), sections));
    }
}
