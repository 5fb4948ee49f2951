package dev.hindsight.render.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How text becomes search terms: the shared table, and the words a person types mid-incident. */
class TokenizerTest {

    static List<TermTable.Case> cases() {
        return TermTable.cases();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void makesTheTermsOfTheSharedTable(TermTable.Case c) {
        assertEquals(c.terms(), TermTable.javaTerms(c.text()));
    }

    @Test
    void findsTechnicalTokensAsWrittenAndByTheirParts() {
        String terms = " " + TermTable.javaTerms("Failover in us-east-1 hit api.example.com (10.0.0.1), see PLAT-123") + " ";
        for (String term : List.of("us-east-1", "us", "east", "api.example.com", "exampl", "10.0.0.1", "plat-123", "plat", "123")) {
            assertTrue(terms.contains(" " + term + "@"), term + " in" + terms);
        }
    }

    @Test
    void stemsPluralsAndVerbFormsToOneTerm() {
        assertEquals(TermTable.javaTerms("timeout"), TermTable.javaTerms("timeouts"));
        assertEquals(TermTable.javaTerms("restart"), TermTable.javaTerms("restarted"));
        assertEquals(TermTable.javaTerms("restart"), TermTable.javaTerms("restarting"));
        assertEquals(TermTable.javaTerms("query"), TermTable.javaTerms("queries"));
        assertEquals("dns@0", TermTable.javaTerms("dns"));
        assertEquals("e1234@0", TermTable.javaTerms("E1234"));
    }

    @Test
    void foldsCaseAndAccents() {
        assertEquals("cafe", Tokenizer.fold("CAFÉ"));
        assertEquals("zurich", Tokenizer.fold("Zürich"));
    }

    @Test
    void foldsEveryLatinLetterAsTheWholeWordFolds() {
        for (char c = 0xC0; c < 0x250; c++) {
            if (Character.isLetter(c)) {
                String word = "Q" + c + "9";
                assertEquals(Tokenizer.fold(word) + "@0", TermTable.javaTerms(word), "U+" + Integer.toHexString(c));
            }
        }
        assertEquals("unit-arger@0 unit@0 arger@1", TermTable.javaTerms("Ünit-Ärger"));
    }

    @Test
    void skipsTermsTooLongToBeTypedButKeepsCounting() {
        assertEquals("a@0 b@2", TermTable.javaTerms("a " + "x".repeat(Tokenizer.MAX_TERM + 1) + " b"));
    }
}
