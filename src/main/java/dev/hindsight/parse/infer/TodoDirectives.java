package dev.hindsight.parse.infer;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sphinx's and MyST's {@code {todo}} directive, one fenced block per follow-up, which CommonMark reads
 * as code, rewritten line for line as a checkbox item: its first line of text opens the item, the
 * others continue it, and the fences and options become empty lines. A todo that opens with an
 * item's id ("AC-1 è la priorità …") remarks on an item listed elsewhere and stays as it is.
 */
final class TodoDirectives {

    private static final Pattern OPENS = Pattern.compile("^ {0,3}(`{3,}|:{3,})\\{todo}\\s*(.*)$");
    private static final Pattern ITEM_ID = Pattern.compile("^\\p{Lu}{1,6}-\\d+\\b");

    private TodoDirectives() {
    }

    static void rewrite(String[] lines) {
        Directives.each(lines, OPENS, (open, close) -> item(lines, open, close));
    }

    private static void item(String[] lines, int open, int close) {
        if (firstText(lines, open, close).map(t -> ITEM_ID.matcher(t).find()).orElse(true)) {
            return;
        }
        String argument = OPENS.matcher(lines[open]).replaceFirst("$2").strip();
        lines[open] = argument.isEmpty() ? "" : "- [ ] " + argument;
        boolean opened = !argument.isEmpty();
        for (int i = open + 1; i < close; i++) {
            String text = lines[i].strip();
            if (text.isEmpty() || Directives.OPTION.matcher(lines[i]).matches()) {
                lines[i] = "";
            } else {
                lines[i] = (opened ? "  " : "- [ ] ") + text;
                opened = true;
            }
        }
        lines[close] = "";
    }

    /** The directive's first line of text, its argument or body, if it has any. */
    private static Optional<String> firstText(String[] lines, int open, int close) {
        return Stream.concat(Stream.of(OPENS.matcher(lines[open]).replaceFirst("$2")),
                        Arrays.stream(lines, open + 1, close).filter(l -> !Directives.OPTION.matcher(l).matches()))
                .map(String::strip).filter(t -> !t.isEmpty()).findFirst();
    }
}
