package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;

import java.util.regex.Pattern;

/** A summary is what lists and search results show: one sentence that fits on a line or two. */
final class SummaryRules {

    static final int MAX_LENGTH = 300;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+\\p{Lu}");

    private SummaryRules() {
    }

    static void check(String summary, Position at, Diagnostics diagnostics) {
        if (summary.length() > MAX_LENGTH) {
            diagnostics.warning(at, "summary-length", "summary is " + summary.length() + " characters long; keep it to one "
                    + "sentence under " + MAX_LENGTH + " and move the detail to \"## Summary\" in the body");
        } else if (SENTENCE_BREAK.matcher(summary).find()) {
            diagnostics.warning(at, "summary-length", "summary has more than one sentence; keep it to one and move the "
                    + "rest to \"## Summary\" in the body");
        }
    }
}
