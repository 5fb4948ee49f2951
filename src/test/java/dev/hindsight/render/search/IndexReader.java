package dev.hindsight.render.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a built site's search index back, as search.js reads it, to check what it holds. */
final class IndexReader {

    /** One document's occurrences of a term. */
    record Posting(int doc, int fields, int tf, int section, List<Integer> positions) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    final JsonNode manifest;

    IndexReader(Path site) {
        this.folder = site.resolve("search");
        this.manifest = read("index.json");
    }

    JsonNode read(String name) {
        try {
            return JSON.readTree(folder.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every term of every chunk with its postings, parts of a term split over chunks joined. */
    Map<String, List<Posting>> terms() {
        Map<String, List<Posting>> terms = new TreeMap<>();
        for (int i = 0; i < manifest.get("terms").size(); i++) {
            for (JsonNode pair : read("terms/" + i + ".json")) {
                decode(pair.get(1).asText(), terms.computeIfAbsent(pair.get(0).asText(), t -> new ArrayList<>()));
            }
        }
        return terms;
    }

    /** Appends one part of a term's postings to those before it, from whose last document it counts on. */
    static void decode(String encoded, List<Posting> postings) {
        int doc = postings.isEmpty() ? 0 : postings.get(postings.size() - 1).doc();
        for (String entry : encoded.split(";")) {
            String[] v = entry.split(",");
            doc += Integer.parseInt(v[0], 36);
            int meta = Integer.parseInt(v[1], 36);
            int first = (meta & 1) == 1 ? 3 : 2;
            List<Integer> positions = new ArrayList<>();
            int at = 0;
            for (int p = first; p < v.length; p++) {
                at += Integer.parseInt(v[p], 36);
                positions.add(at);
            }
            int tf = first == 3 ? Integer.parseInt(v[2], 36) : positions.size();
            postings.add(new Posting(doc, (meta >> 1) & 15, tf, meta >> 5, positions));
        }
    }

    /** A filter's values, key to its documents. */
    Map<String, List<Integer>> filter(String name) {
        Map<String, List<Integer>> values = new TreeMap<>();
        for (JsonNode value : read("filters/" + name + ".json")) {
            List<Integer> docs = new ArrayList<>();
            int doc = 0;
            for (String delta : value.get(2).asText().split(",")) {
                doc += Integer.parseInt(delta, 36);
                docs.add(doc);
            }
            values.put(value.get(0).asText(), docs);
        }
        return values;
    }

    /** What the results list shows of a document. */
    JsonNode shown(int doc) {
        int group = manifest.get("docGroup").asInt();
        return read("docs/" + doc / group + ".json").get(doc % group);
    }

    /** A document's body sections, {@code [heading, anchor, text]}. */
    JsonNode sections(int doc) {
        int group = manifest.get("textGroup").asInt();
        return read("text/" + doc / group + ".json").get(doc % group);
    }
}
