package dev.hindsight.render.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Term;
import dev.hindsight.render.Output;
import dev.hindsight.render.OutputFile;
import dev.hindsight.render.RenderContext;
import dev.hindsight.render.Urls;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The search index under {@code search/}, read by {@code assets/search.js} (README.md, "Search"):
 * <ul>
 *   <li>{@code index.json}: the first term of every term chunk and whether it goes on from the chunk
 *   before, the filters, the document count;</li>
 *   <li>{@code terms/N.json}: sorted {@code [term, postings]} pairs (see {@link TermChunks});</li>
 *   <li>{@code docs/N.json}: what a result shows, a few documents a file (see {@link IndexSizes});</li>
 *   <li>{@code text/N.json}: the body's sections for excerpts, a few documents a file, more in a large library;</li>
 *   <li>{@code filters/NAME.json}: each value of a filter with its documents.</li>
 * </ul>
 * Documents are numbered newest first, as the library lists them, so sorting by date is sorting by number.
 */
public final class SearchIndex implements Output {

    static final String FOLDER = "search/";
    static final int VERSION = 3;
    /** Documents a slice holds at least: fewer, and joining the slices' terms costs more than it saves. */
    static final int MIN_SLICE = 256;
    /** Excerpts come from the start of a long section; its words further on are still found. */
    static final int MAX_SECTION_CHARS = 2000;

    /**
     * Set by {@code bench/search-cost.sh --build} alone, to time a whole build without the index
     * against the same build with it (bench/README.md); no user has a reason to build without it.
     */
    static final String BENCH_SKIP_PROPERTY = "hindsight.bench.skipSearchIndex";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public List<OutputFile> files(RenderContext context) {
        if (Boolean.getBoolean(BENCH_SKIP_PROPERTY)) {
            return List.of();
        }
        List<Postmortem> documents = context.library().postmortems();
        IndexSizes sizes = IndexSizes.of(documents.size());
        List<TermChunks.Chunk> chunks = TermChunks.of(slices(documents));
        List<SearchFilters.Filter> filters = SearchFilters.of(context.library());

        List<OutputFile> files = new ArrayList<>();
        files.add(file("index.json", manifest(documents.size(), sizes, chunks, filters)));
        for (int i = 0; i < chunks.size(); i++) {
            files.add(new OutputFile(FOLDER + "terms/" + i + ".json", chunks.get(i).json()));
        }
        groups(documents, sizes.docGroup(), (n, group) -> files.add(file("docs/" + n + ".json",
                group.stream().map(SearchIndex::shown).toList())));
        groups(documents, sizes.textGroup(), (n, group) -> files.add(file("text/" + n + ".json",
                group.stream().map(SearchIndex::sections).toList())));
        filters.forEach(f -> files.add(file("filters/" + f.name() + ".json", f.values().stream()
                .map(v -> List.of(v.key(), v.label(), deltas(v.docs()))).toList())));
        return files;
    }

    /** The library indexed in slices side by side, a few per core, so that an uneven slice does not hold the rest up. */
    private static List<IndexSlice> slices(List<Postmortem> documents) {
        int count = Math.max(1, Math.min(4 * Runtime.getRuntime().availableProcessors(), documents.size() / MIN_SLICE));
        int size = (documents.size() + count - 1) / count;
        return IntStream.range(0, count).parallel()
                .mapToObj(s -> IndexSlice.of(documents.subList(Math.min(documents.size(), s * size),
                        Math.min(documents.size(), (s + 1) * size)), s * size))
                .toList();
    }

    private static ObjectNode manifest(int documents, IndexSizes sizes, List<TermChunks.Chunk> chunks,
                                       List<SearchFilters.Filter> filters) {
        ObjectNode manifest = JSON.createObjectNode()
                .put("version", VERSION)
                .put("documents", documents)
                .put("docGroup", sizes.docGroup())
                .put("textGroup", sizes.textGroup());
        ArrayNode terms = manifest.putArray("terms");
        chunks.forEach(c -> terms.add(c.firstTerm()));
        manifest.put("continued", chunks.stream().map(c -> c.continued() ? "1" : "0").collect(Collectors.joining()));
        ArrayNode names = manifest.putArray("filters");
        filters.forEach(f -> names.addArray().add(f.name()).add(f.label()));
        return manifest;
    }

    /** What a result shows: {@code [path, title, date, severity, status, services, summary]}. */
    private static List<Object> shown(Postmortem p) {
        return List.of(Urls.postmortem(p), p.title(), p.date().map(LocalDate::toString).orElse(""), p.severity().map(Term::label).orElse(""),
                p.status().label(), p.services(), p.summary());
    }

    /** {@code [[heading, anchor, text], …]}, the section numbers of the postings counting from 1. */
    private static List<List<String>> sections(Postmortem p) {
        return p.body().sections().stream().map(s -> List.of(s.heading(), s.anchor(),
                s.text().length() <= MAX_SECTION_CHARS ? s.text() : s.text().substring(0, MAX_SECTION_CHARS))).toList();
    }

    private static String deltas(int[] docs) {
        Bytes out = new Bytes(docs.length * 2);
        int previous = 0;
        for (int doc : docs) {
            (out.length() == 0 ? out : out.append(',')).base36(doc - previous);
            previous = doc;
        }
        return out.toString();
    }

    private interface GroupSink {
        void group(int number, List<Postmortem> group);
    }

    private static void groups(List<Postmortem> documents, int size, GroupSink sink) {
        IntStream.range(0, (documents.size() + size - 1) / size)
                .forEach(n -> sink.group(n, documents.subList(n * size, Math.min(documents.size(), (n + 1) * size))));
    }

    /** Written when published, as pages are, so that the documents' text never sits in memory as bytes all at once. */
    private static OutputFile file(String name, Object json) {
        return new OutputFile(FOLDER + name, () -> {
            try {
                return JSON.writeValueAsBytes(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Failed to write " + FOLDER + name, e);
            }
        });
    }
}
