package dev.hindsight.check;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.hindsight.check.BrokenCase.named;
import static dev.hindsight.check.BrokenCase.postmortem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Mistakes in site.yml and the site's own pages: each case with the exact output of {@code check}. */
class SiteConfigCasesTest {

    private static final String CONFIG_ERROR = "1 error, 0 warnings in 0 postmortems";
    private static final String ONE_ERROR = "1 error, 0 warnings in 1 postmortem";

    static Stream<BrokenCase> cases() {
        return Stream.of(
                named("max_file_size beyond a long").siteYml("max_file_size: 99999999999999999999\n").expect(
                        "site.yml:1:16: error: max_file_size [99999999999999999999] is out of range; write a size from "
                                + "1KB to 1GB, such as 5MB (config)", CONFIG_ERROR),
                named("max_file_size that overflows in bytes").siteYml("max_file_size: 9999999999GB\n").expect(
                        "site.yml:1:16: error: max_file_size [9999999999GB] is out of range; write a size from 1KB to "
                                + "1GB, such as 5MB (config)", CONFIG_ERROR),
                named("max_file_size of nothing").siteYml("max_file_size: 0\n").expect(
                        "site.yml:1:16: error: max_file_size [0] is out of range; write a size from 1KB to 1GB, such "
                                + "as 5MB (config)", CONFIG_ERROR),
                named("max_file_size at the top of the range").file("pm.md", postmortem(""))
                        .siteYml("required_sections: []\nmax_file_size: 1GB\n").expect("0 errors, 0 warnings in 1 postmortem"),
                named("site.yml line over the limit").siteYml("title: " + "x".repeat(100_000) + "\n").expect(
                        "site.yml:1:1: error: line is 100007 characters long, over the limit of 100000 for site.yml; "
                                + "shorten it (value-too-long)", CONFIG_ERROR),
                named("statuses that differ in case").siteYml("statuses: [complete, Complete]\n").expect(
                        "site.yml:1:22: error: status [Complete] is listed twice, as values ignore case ([complete] on "
                                + "line 1); keep one of them (config)", CONFIG_ERROR),
                named("statuses that differ in spacing").siteYml("statuses:\n  - in review\n  - {key: in-review}\n")
                        .expect("site.yml:3:11: error: status [in-review] would share its page (in-review) with [in "
                                + "review] on line 2; rename one of them (config)", CONFIG_ERROR),
                named("severities that differ in case").siteYml("severities: [SEV1, sev1]\n").expect(
                        "site.yml:1:20: error: severity [sev1] is listed twice, as values ignore case ([SEV1] on line 1); "
                                + "keep one of them (config)", CONFIG_ERROR),
                named("two pages with one address").file("pm.md", postmortem(""))
                        .page("a/about.md", "About A\n").page("b/about.md", "About B\n").expect(
                        "pages/b/about.md:1:1: error: page [about] has the same address (about/) as pages/a/about.md; "
                                + "rename one of the files (page-name)", ONE_ERROR),
                named("pages whose names differ in case").file("pm.md", postmortem(""))
                        .page("About.md", "About\n").page("about.markdown", "about\n").expect(
                        "pages/about.markdown:1:1: error: page [about] has the same address (about/) as pages/About.md; "
                                + "rename one of the files (page-name)", ONE_ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(BrokenCase brokenCase, @TempDir Path root) throws IOException {
        assertEquals(String.join("\n", brokenCase.expected()), String.join("\n", brokenCase.run(root)));
    }
}
