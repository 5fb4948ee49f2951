package dev.hindsight.author;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Diagnostics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each case: a template, and the text or the diagnostics filling it gives for one postmortem. */
class TemplateTest {

    private static final NewPostmortem DEPLOYER = new NewPostmortem("Deployer API: outage (prod)!",
            LocalDate.of(2016, 9, 5), List.of("Jane Doe", "oncall"), List.of("deployer-api"), Optional.of("SEV2"),
            ZoneId.of("Europe/Berlin"));
    private static final NewPostmortem BARE = new NewPostmortem("Outage", LocalDate.of(2026, 1, 2), List.of(),
            List.of(), Optional.empty(), ZoneId.of("UTC"));

    record Case(String name, NewPostmortem postmortem, String template, String expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> fillings() {
        return Stream.of(
                new Case("front matter values are YAML", DEPLOYER,
                        "---\ntitle: {{title}}\ndate: {{date}}\nauthors: {{authors}}\nseverity: {{ severity }}\n---\n",
                        "---\ntitle: \"Deployer API: outage (prod)!\"\ndate: 2016-09-05\nauthors: [\"Jane Doe\", oncall]\n"
                                + "severity: SEV2\n---\n"),
                new Case("body values are text", DEPLOYER,
                        "---\n---\n# {{title}}\nBy {{authors}}, times in {{timezone}}.\n",
                        "---\n---\n# Deployer API: outage (prod)!\nBy Jane Doe, oncall, times in Europe/Berlin.\n"),
                new Case("a default stands in for a value not given", BARE,
                        "---\nauthors: {{authors | [your-name]}}\n---\nBy {{authors | someone}}.\n",
                        "---\nauthors: [your-name]\n---\nBy someone.\n"),
                new Case("a given value wins over the default", DEPLOYER,
                        "---\nservices: {{services | [service-name]}}\n---\n",
                        "---\nservices: [deployer-api]\n---\n"),
                new Case("a field with no value and no default is commented out", BARE,
                        "---\nseverity: {{severity}}   # optional\n---\nSeverity: {{severity}}.\n",
                        "---\n# severity:    # optional\n---\nSeverity: .\n"),
                new Case("a rule in the body is not front matter", BARE,
                        "---\ntitle: {{title}}\n---\ntext\n---\n{{severity}}\n",
                        "---\ntitle: Outage\n---\ntext\n---\n\n"),
                new Case("quotes, backslashes and control characters are escaped in YAML", new NewPostmortem(
                        "Say \"hi\" \\ \u0007", LocalDate.of(2026, 1, 2), List.of("yes"), List.of("2fa"),
                        Optional.empty(), ZoneId.of("UTC")),
                        "---\ntitle: {{title}}\nauthors: {{authors}}\nservices: {{services}}\n---\n",
                        "---\ntitle: \"Say \\\"hi\\\" \\\\ \\u0007\"\nauthors: [\"yes\"]\nservices: [\"2fa\"]\n---\n"),
                new Case("CRLF line endings are kept", BARE,
                        "---\r\ntitle: {{title}}\r\n---\r\n", "---\r\ntitle: Outage\r\n---\r\n"),
                new Case("text that only looks like a placeholder stays", BARE,
                        "---\n---\n{{ not one }} {single} {{2}}\n", "---\n---\n{{ not one }} {single} {{2}}\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fillings")
    void fillsThePlaceholders(Case c) {
        Diagnostics problems = new Diagnostics("site-src/postmortem-template.md");

        assertEquals(Optional.of(c.expected()), Template.fill(c.template(), c.postmortem(), problems));
        assertEquals(List.of(), problems.toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenTemplates")
    void reportsUnknownPlaceholdersWhereTheyAre(String template, String diagnostic) {
        Diagnostics problems = new Diagnostics("site-src/postmortem-template.md");

        assertEquals(Optional.empty(), Template.fill(template, BARE, problems));
        assertEquals(List.of(diagnostic), problems.toList().stream().map(Diagnostic::format).toList());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> brokenTemplates() {
        String expected = "expected one of title, date, authors, services, severity, timezone, written as {{name}} "
                + "or {{name | default}} (template-placeholder)";
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("---\nteam: {{team}}\n---\n",
                        "site-src/postmortem-template.md:2:7: error: unknown placeholder [team]; " + expected),
                org.junit.jupiter.params.provider.Arguments.of("---\n---\nBy {{Author | x}}\n",
                        "site-src/postmortem-template.md:3:4: error: unknown placeholder [Author]; " + expected));
    }
}
