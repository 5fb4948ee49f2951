package dev.hindsight.parse.infer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MyST's and Sphinx's directives, fenced blocks named in braces ({@code ```{list-table}}), found for a
 * rewrite that turns the ones a reader sees as text back into Markdown, line for line.
 */
final class Directives {

    /** A directive's option line, {@code :class: note}, which is no part of its content. */
    static final Pattern OPTION = Pattern.compile("^\\s*:[\\w-]+:.*$");

    /** Rewrites the lines of one directive, from its opening line to its closing one. */
    @FunctionalInterface
    interface Rewrite {
        void lines(int open, int close);
    }

    private Directives() {
    }

    /**
     * Calls {@code rewrite} with each directive {@code opens} matches and its closing line, and goes on
     * after that line; a directive that is never closed is left alone.
     *
     * @param opens a pattern whose first group is the directive's fence
     */
    static void each(String[] lines, Pattern opens, Rewrite rewrite) {
        for (int i = 0; i < lines.length; i++) {
            Matcher open = opens.matcher(lines[i]);
            if (open.matches()) {
                int close = i + 1;
                while (close < lines.length && !lines[close].strip().equals(open.group(1))) {
                    close++;
                }
                if (close < lines.length) {
                    rewrite.lines(i, close);
                    i = close;
                }
            }
        }
    }
}
