package dev.hindsight.check;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.hindsight.check.BrokenCase.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Mistakes in site.yml's trackers and github_repo, each with the exact output of {@code check}, all at once. */
class TrackerConfigCasesTest {

    static Stream<BrokenCase> cases() {
        return Stream.of(
                named("tracker url without {key}, prefix with a hyphen, bad repo").siteYml("""
                        trackers:
                          - prefix: PLAT-
                            url: https://jira.example.com/browse/
                        github_repo: https://github.com/example-org/platform
                        """).expect(
                        "site.yml:2:13: error: invalid trackers prefix [PLAT-]; write the letters before the hyphen of "
                                + "a key, such as PLAT for PLAT-123 (config)",
                        "site.yml:3:10: error: invalid trackers url [https://jira.example.com/browse/]; write an http(s) "
                                + "address with {key} where the ticket key goes, such as "
                                + "https://jira.example.com/browse/{key} (config)",
                        "site.yml:4:14: error: invalid github_repo [https://github.com/example-org/platform]; write the "
                                + "repository as owner/repo, such as example-org/platform (config)",
                        "3 errors, 0 warnings in 0 postmortems"),
                named("tracker listed twice, and not a mapping").siteYml("""
                        trackers:
                          - {prefix: PLAT, url: "https://a.example.com/{key}"}
                          - {prefix: plat, url: "https://b.example.com/{key}"}
                          - PLAT
                        """).expect(
                        "site.yml:3:14: error: trackers prefix [plat] is listed twice; keep one entry per prefix (config)",
                        "site.yml:4:5: error: trackers entries are {prefix, url}, such as {prefix: PLAT, url: "
                                + "\"https://jira.example.com/browse/{key}\"}, found a single value (config)",
                        "2 errors, 0 warnings in 0 postmortems"),
                named("javascript tracker url").siteYml("trackers:\n  - {prefix: X, url: \"javascript:{key}\"}\n").expect(
                        "site.yml:2:22: error: invalid trackers url [javascript:{key}]; write an http(s) address with "
                                + "{key} where the ticket key goes, such as https://jira.example.com/browse/{key} (config)",
                        "1 error, 0 warnings in 0 postmortems"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(BrokenCase brokenCase, @TempDir Path root) throws IOException {
        assertEquals(String.join("\n", brokenCase.expected()), String.join("\n", brokenCase.run(root)));
    }
}
