package dev.hindsight.render.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index a real build writes, read back as search.js reads it. */
class SearchIndexTest {

    @TempDir
    static Path dir;

    private static ProjectFolder folder;
    private static IndexReader index;

    @BeforeAll
    static void buildALibrary() {
        folder = new ProjectFolder(dir)
                .postmortem("2024/dns.md", PostmortemText.titled("Cluster DNS timeouts", "2024-10-07")
                        .with("services", "[payments, edge]")
                        .with("team", "platform")
                        .with("authors", "[ana.lima]")
                        .body("Intro text.\n\n## Root cause\n\nThe resolver in us-east-1 dropped queries to api.example.com.\n")
                        .text())
                .postmortem("2020/billing.md", PostmortemText.titled("Billing double charge", "2020-02-11")
                        .with("services", "[billing]")
                        .with("authors", "[ana.lima, bo.chen]")
                        .body("## What happened\n\nA retry charged twice; DNS was fine.\n")
                        .text());
        assertEquals(0, folder.build().exitCode());
        index = new IndexReader(folder.out());
    }

    @Test
    void numbersDocumentsNewestFirstAndShowsWhatAResultNeeds() {
        assertEquals(2, index.manifest.get("documents").asInt());
        assertEquals("Cluster DNS timeouts", index.shown(0).get(1).asText());
        assertEquals("postmortems/dns/", index.shown(0).get(0).asText());
        assertEquals("2020-02-11", index.shown(1).get(2).asText());
    }

    @Test
    void indexesTitleAboveBodyWithTheSectionOfTheFirstMatch() {
        Map<String, List<IndexReader.Posting>> terms = index.terms();
        List<IndexReader.Posting> dns = terms.get("dns");
        assertEquals(List.of(0, 1), dns.stream().map(IndexReader.Posting::doc).toList());
        assertTrue((dns.get(0).fields() & IndexedFields.TITLE) != 0);
        assertEquals(IndexedFields.BODY, dns.get(1).fields());
        assertEquals("what-happened", index.sections(1).get(dns.get(1).section() - 1).get(1).asText());

        IndexReader.Posting timeouts = terms.get("timeout").get(0);
        assertEquals(List.of(2), timeouts.positions(), "Cluster DNS timeouts: the third word");
        assertEquals(0, terms.get("us-east-1").get(0).doc());
        assertEquals(terms.get("us").get(0).positions(), terms.get("us-east-1").get(0).positions());
        assertTrue(terms.containsKey("api.example.com"));
    }

    @Test
    void keepsPositionsForPhrases() {
        Map<String, List<IndexReader.Posting>> terms = index.terms();
        int resolver = terms.get("resolver").get(0).positions().get(0);
        assertEquals(List.of(resolver + 1), terms.get("in").stream().filter(p -> p.doc() == 0).findFirst().orElseThrow().positions());
    }

    @Test
    void filtersListEachValueWithItsDocuments() {
        assertEquals(Map.of("billing", List.of(1), "edge", List.of(0), "payments", List.of(0)), index.filter("service"));
        assertEquals(Map.of("ana.lima", List.of(0, 1), "bo.chen", List.of(1)), index.filter("author"));
        assertEquals(Map.of("2020", List.of(1), "2024", List.of(0)), index.filter("year"));
        assertEquals(Map.of("platform", List.of(0)), index.filter("team"));
    }

    @Test
    void cutsATermWithManyPostingsIntoChunksThatReadBackWhole() throws IOException {
        List<TermChunks.Chunk> chunks = TermChunks.of(twoSlices(20000, 12000, "incident report"));
        assertTrue(chunks.size() > 2, "chunks: " + chunks.size());
        List<IndexReader.Posting> incident = new java.util.ArrayList<>();
        int chunkChars = TermChunks.CHUNK_CHARS;
        assertTrue(chunks.get(0).json().length <= chunkChars + 64, "a chunk ends after the entry that fills it");
        for (TermChunks.Chunk chunk : chunks) {
            assertTrue(chunk.json().length <= chunkChars * TermChunks.OWN_CHUNK_GROWTH + 64, "the term goes on in larger chunks of its own");
            for (JsonNode pair : new ObjectMapper().readTree(chunk.json())) {
                if (pair.get(0).asText().equals("incident")) {
                    IndexReader.decode(pair.get(1).asText(), incident);
                }
            }
        }
        assertEquals(20000, incident.size());
        assertEquals(19999, incident.get(19999).doc());
        assertEquals(new IndexReader.Posting(7, IndexedFields.BODY, 1, 1, List.of(0)), incident.get(7));
    }

    @Test
    void readsBackATermWhosePostingsGoOnOverThreeOrMoreChunks() throws IOException {
        List<TermChunks.Chunk> chunks = TermChunks.of(twoSlices(60000, 25000, "failover"));
        assertTrue(chunks.size() >= 3, "chunks: " + chunks.size());
        assertFalse(chunks.get(0).continued(), "the first part starts the term");
        List<IndexReader.Posting> failover = new java.util.ArrayList<>();
        for (TermChunks.Chunk chunk : chunks) {
            if (chunk != chunks.get(0)) {
                assertTrue(chunk.continued(), "a later part says it goes on from the chunk before");
                assertEquals("failover", chunk.firstTerm());
            }
            JsonNode pairs = new ObjectMapper().readTree(chunk.json());
            assertEquals(1, pairs.size(), "a continued term has its chunks to itself");
            IndexReader.decode(pairs.get(0).get(1).asText(), failover);
        }
        assertEquals(java.util.stream.IntStream.range(0, 60000).boxed().toList(), failover.stream().map(IndexReader.Posting::doc).toList());
        assertEquals(new IndexReader.Posting(59999, IndexedFields.BODY, 1, 1, List.of(0)), failover.get(59999));
    }

    /** {@code documents} documents of the same body text, the first {@code split} in one slice and the rest in another. */
    private static List<IndexSlice> twoSlices(int documents, int split, String text) {
        IndexSlice first = new IndexSlice();
        IndexSlice second = new IndexSlice();
        for (int doc = 0; doc < documents; doc++) {
            (doc < split ? first : second).document(doc, List.of(new IndexedFields.Text(text, IndexedFields.BODY, 1)));
        }
        return List.of(first, second);
    }

    @Test
    void joinsTheSlicesTermByTermInOrderWithTheirDocumentsAscending() {
        IndexSlice first = new IndexSlice();
        first.document(0, List.of(new IndexedFields.Text("beta alpha", IndexedFields.BODY, 1)));
        first.document(1, List.of(new IndexedFields.Text("alpha", IndexedFields.BODY, 1)));
        IndexSlice second = new IndexSlice();
        second.document(2, List.of(new IndexedFields.Text("gamma alpha", IndexedFields.BODY, 1)));
        IndexSlice third = new IndexSlice();
        third.document(3, List.of(new IndexedFields.Text("delta beta", IndexedFields.BODY, 1)));
        Map<String, List<Integer>> joined = new java.util.LinkedHashMap<>();
        Postings.inOrder(List.of(first, second, third), (chars, from, length, postings) -> {
            List<IndexReader.Posting> read = new java.util.ArrayList<>();
            IndexReader.decode(postings.toString(), read);
            joined.put(new String(chars, from, length), read.stream().map(IndexReader.Posting::doc).toList());
        });
        assertEquals(List.of("alpha", "beta", "delta", "gamma"), List.copyOf(joined.keySet()));
        assertEquals(List.of(0, 1, 2), joined.get("alpha"));
        assertEquals(List.of(0, 3), joined.get("beta"));
        assertEquals(List.of(3), joined.get("delta"));
    }

    @Test
    void numbersEachDistinctTermOnceHoweverLargeTheDictionaryGrows() {
        TermDictionary dictionary = new TermDictionary();
        for (int n = 0; n < 100_000; n++) {
            char[] term = ("t" + n).toCharArray();
            assertEquals(n, dictionary.id(term, term.length));
        }
        char[] again = "t4242".toCharArray();
        assertEquals(4242, dictionary.id(again, again.length));
        assertEquals(4242, dictionary.id("t42429".toCharArray(), 5), "only the given length counts");
        assertEquals("t99999", new String(dictionary.chars(), dictionary.start(99_999), dictionary.length(99_999)));
        assertEquals(100_000, dictionary.size());
    }

    @Test
    void theSearchPageNamesItsCanonicalAddressAsOtherPagesDo() {
        assertTrue(folder.read("search/index.html")
                .contains("<link rel=\"canonical\" href=\"https://example.org/postmortems/search/\">"));
    }

    @Test
    void keepsManyInterleavedRunsOfBytesWholeAndInOrder() {
        ByteChains chains = new ByteChains();
        int runs = 3;
        int[] state = new int[runs * ByteChains.STATE];
        StringBuilder[] expected = {new StringBuilder(), new StringBuilder(), new StringBuilder()};
        Bytes piece = new Bytes(8);
        for (int n = 0; n < 20000; n++) {
            int run = n % runs;
            piece.clear();
            for (int k = 0; k <= n % 13; k++) {
                piece.append((char) ('a' + (n + k) % 26));
            }
            chains.append(state, run * ByteChains.STATE, piece);
            expected[run].append(piece);
        }
        for (int run = 0; run < runs; run++) {
            Bytes out = new Bytes(16);
            chains.copyTo(state, run * ByteChains.STATE, out);
            assertEquals(expected[run].toString(), out.toString());
        }
    }

    @Test
    void writesNumbersInBase36() {
        Bytes out = new Bytes(4);
        for (int n : new int[] {0, 35, 36, 1295, 1296, Integer.MAX_VALUE}) {
            out.append(' ').base36(n);
        }
        assertEquals(" 0 z 10 zz 100 " + Integer.toString(Integer.MAX_VALUE, 36), out.toString());
    }

    @Test
    void keepsTheCountOfATermThatOccursMoreOftenThanItsPositions() {
        IndexSlice slice = new IndexSlice();
        slice.document(0, List.of(new IndexedFields.Text("retry ".repeat(12), IndexedFields.BODY, 2)));
        List<IndexReader.Posting> retry = new java.util.ArrayList<>();
        for (JsonNode pair : readChunk(TermChunks.of(List.of(slice)).get(0))) {
            IndexReader.decode(pair.get(1).asText(), retry);
        }
        assertEquals(List.of(new IndexReader.Posting(0, IndexedFields.BODY, 12, 2, List.of(0, 1, 2, 3, 4, 5, 6, 7))), retry);
    }

    private static JsonNode readChunk(TermChunks.Chunk chunk) {
        try {
            return new ObjectMapper().readTree(chunk.json());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void writesTheSameBytesEveryBuild() throws IOException {
        Path again = dir.resolve("again");
        assertEquals(0, folder.build(again).exitCode());
        try (Stream<Path> files = Files.walk(folder.out().resolve("search"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path twin = again.resolve(folder.out().relativize(file));
                assertTrue(Files.mismatch(file, twin) < 0, file + " differs between builds");
                assertTrue(gzipped(file) < 100 * 1024, file + " is over 100 KB compressed");
            }
        }
        assertFalse(Files.exists(again.resolve("search/terms/1.json")), "a small library needs one chunk");
    }

    private static int gzipped(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
