package dev.hindsight.parse.infer;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Words an item's bracket holds that name no owner: its priority ("(High)"), its status or need
 * ("(Optional)", "(Blocked)"), or when it is due ("(Friday)", "(March)"): the days in the languages
 * teams write their reports in, as the JDK names them, and the months dates are read with.
 */
final class NotAName {

    private static final List<String> WORDS = List.of("high", "medium", "low", "critical", "urgent", "major", "minor",
            "blocker", "optional", "required", "mandatory", "stretch", "blocked", "done", "open", "closed", "pending",
            "ongoing", "wip", "todo", "new", "later", "soon", "asap", "tbd", "tba", "n/a", "none", "nice-to-have");
    /** The languages whose days are looked for; every locale the JDK has would take a second to name. */
    private static final List<String> LANGUAGES = List.of("en", "es", "de", "fr", "pt", "it", "nl", "sv", "da", "nb",
            "fi", "pl", "cs", "ro", "hu", "tr", "ru", "uk", "el", "cy", "id", "fil", "vi", "th", "hi", "ar", "fa", "he",
            "ja", "zh", "ko");
    private static final Set<String> NONE = words();

    private NotAName() {
    }

    /** @param bracket the words of a bracket after an item: "Ruth", "J. Moreau", "High" */
    static boolean isIn(String bracket) {
        return Stream.of(bracket.toLowerCase(Locale.ROOT).split("\\s+")).map(word -> word.replace(".", ""))
                .anyMatch(word -> NONE.contains(word) || DateText.isMonthName(word));
    }

    private static Set<String> words() {
        Set<String> words = new HashSet<>(WORDS);
        // Abbreviations in English only: other languages' are names too often.
        for (Locale locale : LANGUAGES.stream().map(Locale::forLanguageTag).toList()) {
            for (TextStyle style : locale.equals(Locale.ENGLISH) ? List.of(TextStyle.FULL, TextStyle.SHORT)
                    : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
                for (DayOfWeek day : DayOfWeek.values()) {
                    words.add(day.getDisplayName(style, locale).toLowerCase(Locale.ROOT).replace(".", ""));
                }
            }
        }
        return Set.copyOf(words);
    }
}
