package dev.hindsight.browser;

import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page of the shipped site passes the W3C Nu HTML Checker, run in-process, with no errors. */
class ValidHtmlIT {

    /** The checker's schema for HTML documents, resolved from inside its jar. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    Path dir;

    @Test
    void everyPageOfTheShippedSitePassesTheNuHtmlChecker() throws Exception {
        Path site = dir.resolve("site");
        ShippedSite.build(site, "2026-11-25", "--base-url", "https://example.org/repo/");
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new Errors(errors);
        SimpleDocumentValidator checker = new SimpleDocumentValidator(true, false, false);
        checker.setUpMainSchema(HTML_SCHEMA, collect);
        checker.setUpValidatorAndParsers(collect, true, false);

        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            int before = errors.size();
            checker.checkHtmlFile(page.toFile(), true);
            for (int i = before; i < errors.size(); i++) {
                errors.set(i, site.relativize(page) + ":" + errors.get(i));
            }
        }
        assertTrue(pages.size() > 50, pages.size() + " pages");
        assertEquals("", String.join("\n", errors));
    }

    /** Collects errors as {@code line:column: message}; warnings are advice, not failures. */
    private record Errors(List<String> found) implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
