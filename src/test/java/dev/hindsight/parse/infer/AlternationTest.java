package dev.hindsight.parse.infer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class AlternationTest {

    private static final Pattern MONTHS = Pattern.compile("(?iu)(?<!\\p{L})("
            + Alternation.of(List.of("mar", "march", "marzo", "mai", "kovo", "c.d", "ιουνίου")) + ")(?!\\p{L})");

    private static String found(String text) {
        Matcher matcher = MONTHS.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    @Test
    void matchesEachWordWholeTheLongestFirst() {
        assertEquals("March", found("5 March 2024"));
        assertEquals("mar", found("5 mar 2024"));
        assertEquals("MARZO", found("5 de MARZO"));
        assertEquals("kovo", found("2024 m. kovo 5 d."));
        assertEquals("Ιουνίου", found("12 Ιουνίου 2024"));
        assertEquals("c.d", found("the c.d day"), "a mark in a word is matched as written");
    }

    @Test
    void matchesNoWordThatOnlyBeginsWithOne() {
        assertFalse(MONTHS.matcher("marsh maize marches cxd").find());
    }
}
