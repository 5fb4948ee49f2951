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
        assertEquals(Stemmer.stem("timeout"), Stemmer.stem("timeouts"));
        assertEquals(Stemmer.stem("restart"), Stemmer.stem("restarted"));
        assertEquals(Stemmer.stem("restart"), Stemmer.stem("restarting"));
        assertEquals(Stemmer.stem("query"), Stemmer.stem("queries"));
        assertEquals("dns", Stemmer.stem("dns"));
        assertEquals("e1234", Stemmer.stem("e1234"));
    }

    @Test
    void foldsCaseAndAccents() {
        assertEquals("cafe", Tokenizer.fold("CAFÉ"));
        assertEquals("zurich", Tokenizer.fold("Zürich"));
    }

    @Test
    void skipsTermsTooLongToBeTypedButKeepsCounting() {
        assertEquals("a@0 b@2", TermTable.javaTerms("a " + "x".repeat(Tokenizer.MAX_TERM + 1) + " b"));
    }
}
