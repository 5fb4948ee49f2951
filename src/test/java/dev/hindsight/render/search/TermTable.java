package dev.hindsight.render.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** {@code search/terms.tsv}: texts and the terms both tokenisers must make of them. */
public final class TermTable {

    /** One line of the table. */
    public record Case(String text, String terms) {
    }

    private TermTable() {
    }

    public static List<Case> cases() {
        try (InputStream in = TermTable.class.getResourceAsStream("/search/terms.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t", 2))
                    .map(parts -> new Case(parts[0], parts[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the Java tokeniser makes of a text, in the table's notation. */
    public static String javaTerms(String text) {
        StringBuilder out = new StringBuilder();
        new Tokenizer().tokens(text, 0, (term, length, position) ->
                out.append(out.isEmpty() ? "" : " ").append(term, 0, length).append('@').append(position));
        return out.toString();
    }
}
