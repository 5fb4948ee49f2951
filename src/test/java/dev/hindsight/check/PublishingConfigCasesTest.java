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

/** The publishing fields of site.yml (base_url, robots, cname): each bad value with the exact output of check. */
class PublishingConfigCasesTest {

    private static final String URL_HINT = "; write the site's address ending in /, such as https://org.github.io/repo/ "
            + "(config)";
    private static final String NO_POSTMORTEMS = "1 error, 0 warnings in 0 postmortems";

    static Stream<BrokenCase> cases() {
        return Stream.of(
                site("base_url without a scheme", "base_url: org.github.io/repo/").expect(
                        "site.yml:2:11: error: invalid base_url [org.github.io/repo/]: it is not an http(s) URL" + URL_HINT,
                        NO_POSTMORTEMS),
                site("base_url of another scheme", "base_url: ftp://example.org/pm/").expect(
                        "site.yml:2:11: error: invalid base_url [ftp://example.org/pm/]: it is not an http(s) URL"
                                + URL_HINT, NO_POSTMORTEMS),
                site("base_url without a trailing slash", "base_url: https://org.github.io/repo").expect(
                        "site.yml:2:11: error: invalid base_url [https://org.github.io/repo]: it does not end with /"
                                + URL_HINT, NO_POSTMORTEMS),
                site("base_url with a query", "base_url: https://example.org/pm/?ref=1").expect(
                        "site.yml:2:11: error: invalid base_url [https://example.org/pm/?ref=1]: it has a query or "
                                + "fragment" + URL_HINT, NO_POSTMORTEMS),
                site("base_url with a fragment", "base_url: \"https://example.org/pm/#top\"").expect(
                        "site.yml:2:11: error: invalid base_url [https://example.org/pm/#top]: it has a query or "
                                + "fragment" + URL_HINT, NO_POSTMORTEMS),
                site("base_url without a host", "base_url: https:///pm/").expect(
                        "site.yml:2:11: error: invalid base_url [https:///pm/]: it names no host" + URL_HINT,
                        NO_POSTMORTEMS),
                site("base_url with a space", "base_url: https://example.org/my pm/").expect(
                        "site.yml:2:11: error: invalid base_url [https://example.org/my pm/]: it is not a URL" + URL_HINT,
                        NO_POSTMORTEMS),
                site("unknown robots value", "robots: yes").expect(
                        "site.yml:2:9: error: unknown robots [yes]; expected one of allow, disallow (robots)",
                        NO_POSTMORTEMS),
                site("cname with a scheme", "cname: https://postmortems.example.org").expect(
                        "site.yml:2:8: error: invalid cname [https://postmortems.example.org]; write the custom domain as "
                                + "a host name such as postmortems.example.org, without https:// or a path (config)",
                        NO_POSTMORTEMS),
                site("cname of one label", "cname: localhost").expect(
                        "site.yml:2:8: error: invalid cname [localhost]; write the custom domain as a host name such as "
                                + "postmortems.example.org, without https:// or a path (config)", NO_POSTMORTEMS),
                site("every publishing field valid", "base_url: http://intranet.example.com/postmortems/\n"
                        + "robots: Allow\ncname: postmortems.example.org")
                        .file("pm.md", postmortem("")).expect("0 errors, 0 warnings in 1 postmortem"));
    }

    private static BrokenCase.Builder site(String name, String fields) {
        return named(name).siteYml("required_sections: []\n" + fields + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(BrokenCase brokenCase, @TempDir Path root) throws IOException {
        assertEquals(String.join("\n", brokenCase.expected()), String.join("\n", brokenCase.run(root)));
    }
}
