package dev.hindsight.render.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Every term's postings, written as they arrive in the index's own text form, documents appended in
 * order. Terms are kept by the shard of their first character ({@link DocumentTerms#shard}), so that
 * shards fill in parallel and, each sorted on its own, follow one another in the order of all terms.
 *
 * <p>A term's postings are one string: per document {@code doc,meta[,tf],pos,pos…}, entries separated
 * by {@code ;}, numbers in base 36, documents and positions as differences from the one before.
 * {@code meta} is {@code (section << 4 | fields) << 1}, plus 1 when the term occurs more often than the
 * positions kept, in which case {@code tf} follows; otherwise the term occurs once per position.
 */
final class Postings {

    private final List<Map<String, Written>> shards = new ArrayList<>();
    private int documents;

    Postings() {
        for (int s = 0; s < DocumentTerms.SHARDS; s++) {
            shards.add(new HashMap<>());
        }
    }

    /** One term and its postings in the index's text form. */
    record Encoded(String term, StringBuilder postings) {
    }

    /** Appends the next documents; documents are numbered from 0 in the order they are appended. */
    void append(List<DocumentTerms> batch) {
        int first = documents;
        IntStream.range(0, DocumentTerms.SHARDS).parallel().forEach(s -> {
            Map<String, Written> shard = shards.get(s);
            for (int d = 0; d < batch.size(); d++) {
                DocumentTerms document = batch.get(d);
                for (int i = document.shardStart(s); i < document.shardStart(s + 1); i++) {
                    shard.computeIfAbsent(document.term(i), t -> new Written()).add(first + d, document, i);
                }
            }
        });
        documents += batch.size();
    }

    /** Every term, sorted as JavaScript compares strings (by UTF-16 unit), with its postings. */
    List<Encoded> sorted() {
        return shards.parallelStream().flatMap(shard -> {
            String[] terms = shard.keySet().toArray(new String[0]);
            Arrays.sort(terms);
            return Arrays.stream(terms).map(t -> new Encoded(t, shard.get(t).text));
        }).toList();
    }

    /** One term's postings so far, and its last document, from which the next one counts. */
    private static final class Written {
        private final StringBuilder text = new StringBuilder();
        private int lastDoc;

        void add(int doc, DocumentTerms document, int i) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            int count = document.count(i);
            int kept = document.kept(i);
            int meta = (document.section(i) << 4 | document.fields(i)) << 1;
            base36(text, doc - lastDoc);
            if (count > kept) {
                base36(base36(text.append(','), meta | 1).append(','), count);
            } else {
                base36(text.append(','), meta);
            }
            int previousPosition = 0;
            for (int p = 0; p < kept; p++) {
                int position = document.position(i, p);
                base36(text.append(','), position - previousPosition);
                previousPosition = position;
            }
            lastDoc = doc;
        }
    }

    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    /** Appends a non-negative number in base 36 without making a string of it: there are millions. */
    static StringBuilder base36(StringBuilder out, int value) {
        if (value >= 36) {
            base36(out, value / 36);
        }
        return out.append(DIGITS[value % 36]);
    }
}
