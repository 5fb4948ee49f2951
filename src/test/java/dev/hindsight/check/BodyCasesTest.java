package dev.hindsight.check;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.hindsight.check.BrokenCase.REQUIRED;
import static dev.hindsight.check.BrokenCase.named;
import static dev.hindsight.check.BrokenCase.postmortem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bodies against the site's template and links between postmortems: each case with the exact output. */
class BodyCasesTest {

    private static final String ONE_ERROR = "1 error, 0 warnings in 1 postmortem";
    private static final String ONE_WARNING = "0 errors, 1 warning in 1 postmortem";

    /** A postmortem whose body (from line 9 on) is {@code body}. */
    private static String withBody(String body) {
        return "---\n" + REQUIRED + "---\n" + body;
    }

    /** A body of one paragraph: {@code piece} {@code times} times, with the piece's number where it has {@code %d}. */
    private static String paragraphOf(String piece, int times) {
        StringBuilder paragraph = new StringBuilder("## Summary\n\n");
        for (int i = 0; i < times; i++) {
            paragraph.append(piece.replace("%d", Integer.toString(i)));
        }
        return withBody(paragraph.append('\n').toString());
    }

    static Stream<BrokenCase> cases() {
        return Stream.of(
                named("sections that site.yml requires are missing").file("pm.md", postmortem(""))
                        .siteYml("required_sections: [Summary, Timeline, Lessons Learned]\n").expect(
                        "postmortems/pm.md:1:1: warning: no \"## Timeline\", \"## Lessons Learned\" sections; add them, "
                                + "or change required_sections in site.yml (section-missing)", ONE_WARNING),
                named("one required section is missing").file("pm.md", postmortem(""))
                        .siteYml("required_sections: [Summary, Timeline]\n").expect(
                        "postmortems/pm.md:1:1: warning: no \"## Timeline\" section; add it, or change "
                                + "required_sections in site.yml (section-missing)", ONE_WARNING),
                named("sections are matched ignoring case and spacing")
                        .file("pm.md", withBody("## summary\n\n##   Lessons  learned\n"))
                        .siteYml("required_sections: [Summary, Lessons Learned]\n")
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                named("the default template requires the SRE sections").file("pm.md", postmortem(""))
                        .siteYml("title: Postmortems\n").expect(
                        "postmortems/pm.md:1:1: warning: no \"## Impact\", \"## Root Causes\", \"## Trigger\", "
                                + "\"## Resolution\", \"## Detection\", \"## Action Items\", \"## Lessons Learned\", "
                                + "\"## Timeline\", \"## Supporting Information\" sections; add them, or change "
                                + "required_sections in site.yml (section-missing)", ONE_WARNING),
                named("heading 1 differs from the title").file("pm.md", withBody("# Registry down\n\n## Summary\n"))
                        .expect("postmortems/pm.md:9:1: warning: heading [Registry down] differs from the title "
                                + "[Registry outage]; the page shows the title, so remove the heading or make them match "
                                + "(title-mismatch)", ONE_WARNING),
                named("heading 1 equal to the title").file("pm.md", withBody("# Registry Outage\n\n## Summary\n"))
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                named("link to a postmortem file that does not exist")
                        .file("2016/pm.md", withBody("## Summary\n\nSee [the DNS outage](../2018/dns.md).\n")).expect(
                        "postmortems/2016/pm.md:11:5: error: link to [../2018/dns.md] leads to no postmortem file; check "
                                + "the path, which is relative to this file (broken-link)", ONE_ERROR),
                named("link to a postmortem file that exists")
                        .file("2016/pm.md", withBody("## Summary\n\nSee [the DNS outage](../2018/dns.md#timeline).\n"))
                        .file("2018/dns.md", postmortem(""))
                        .expect("0 errors, 0 warnings in 2 postmortems"),
                named("body nested too deeply to render").file("pm.md", withBody(">".repeat(200_000) + " quoted\n"))
                        .expect("postmortems/pm.md:9:1: error: the body nests too deeply to render (thousands of levels "
                                + "of quotes or lists, or a line of thousands of *, - or _); shorten that part "
                                + "(body-too-deep)", ONE_ERROR),
                named("a long rule line renders").file("pm.md", withBody("## Summary\n\n" + "*".repeat(20_000) + "\n"))
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                // Each of these took minutes: flexmark copied the whole paragraph for every link, entity or code span.
                named("a paragraph of 20,000 links renders").file("pm.md", paragraphOf("[l](http://x/%d) ", 20_000))
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                named("a paragraph of 100,000 entities renders").file("pm.md", paragraphOf("&amp;", 100_000))
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                named("a paragraph of 40,000 code spans renders").file("pm.md", paragraphOf("`a ", 40_000))
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                named("links without spaces between them render").file("pm.md", paragraphOf("[l](http://x/%d)", 5_000))
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                // flexmark itself takes quadratic time over these two shapes, so the paragraph is refused.
                named("emphasis nested hundreds of levels deep").file("pm.md", withBody("## Summary\n\nFine.\n\n"
                                + "*a **b ".repeat(500) + "c** d* ".repeat(500) + "\n"))
                        .expect("postmortems/pm.md:13:1: error: the paragraph nests emphasis, links or images more than "
                                + "100 levels deep, too deep to render in reasonable time; remove the nesting "
                                + "(body-too-complex)", ONE_ERROR),
                named("thousands of link brackets among thousands of emphasis runs").file("pm.md",
                                withBody("## Summary\n\n" + "[a](*a **b ".repeat(40_000) + "\n"))
                        .expect("postmortems/pm.md:11:1: error: the paragraph has more than 2000 link brackets and as "
                                + "many runs of * or _ at once, too many to render in reasonable time; split the "
                                + "paragraph, or put such text in a ``` code block (body-too-complex)", ONE_ERROR),
                named("a thousand links among a thousand emphasis runs render").file("pm.md",
                                withBody("## Summary\n\n" + "[a](x) *b* ".repeat(1_000) + "\n"))
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                named("thousands of link targets without spaces").file("pm.md", withBody("## Summary\n\n> quoted "
                                + "[a](x[a](y)z".repeat(10_000) + "\n"))
                        .expect("postmortems/pm.md:11:3: error: the paragraph has too many \"](\" without spaces between "
                                + "them to render in reasonable time; put spaces between the links, or split the paragraph "
                                + "(body-too-complex)", ONE_ERROR),
                named("NUL bytes in the body are harmless").file("pm.md", withBody("## Summary\n\nA\u0000B\n"))
                        .expect("0 errors, 0 warnings in 1 postmortem"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(BrokenCase brokenCase, @TempDir Path root) throws IOException {
        assertEquals(String.join("\n", brokenCase.expected()), String.join("\n", brokenCase.run(root)));
    }
}
