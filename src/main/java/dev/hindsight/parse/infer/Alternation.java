package dev.hindsight.parse.infer;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A regular expression matching any of many words, written as a tree of their shared beginnings:
 * a plain list of a thousand month names is tried name by name at every place in a text, the tree
 * leaves most places at their first letter. A word that begins a longer one ("mar", "march") is
 * tried after the longer, as a sorted list puts the longest first.
 */
final class Alternation {

    private final Map<Character, Alternation> next = new TreeMap<>();
    private boolean ends;

    private Alternation() {
    }

    /** The words as one non-capturing group, each letter as written: the caller's flags say how case is matched. */
    static String of(Collection<String> words) {
        Alternation root = new Alternation();
        for (String word : words) {
            Alternation node = root;
            for (char c : word.toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Alternation());
            }
            node.ends = true;
        }
        return "(?:" + root.rest() + ")";
    }

    private String rest() {
        if (next.isEmpty()) {
            return "";
        }
        String branches = next.entrySet().stream().map(e -> literal(e.getKey()) + e.getValue().rest())
                .collect(Collectors.joining("|"));
        return next.size() == 1 && !ends ? branches : "(?:" + branches + ")" + (ends ? "?" : "");
    }

    private static String literal(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK ? String.valueOf(c) : "\\" + c;
    }
}
