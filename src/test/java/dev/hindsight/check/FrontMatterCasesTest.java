package dev.hindsight.check;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.hindsight.check.BrokenCase.REQUIRED;
import static dev.hindsight.check.BrokenCase.named;
import static dev.hindsight.check.BrokenCase.postmortem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Front matter that cannot be read as fields: each case with the exact output of {@code check}. */
class FrontMatterCasesTest {

    private static final String YAML_HINT = "; check the indentation, and quote values that contain \": \" or start "
            + "with a special character (yaml-syntax)";
    private static final String KEY_HINT = " used as a key is not supported; write keys as plain names, such as "
            + "\"title: value\" (yaml-key)";
    private static final String TAG_HINT = "] is not supported; remove it, and put the value in quotes if it is text "
            + "(yaml-tag)";
    private static final String ONE_ERROR = "1 error, 0 warnings in 1 postmortem";

    static Stream<BrokenCase> cases() {
        return Stream.of(
                named("no front matter: read from the text, with one warning").file("pm.md",
                        "# Registry outage\n\nIt broke.\n").expect(
                        "postmortems/pm.md:1:1: warning: no front matter, so the metadata was read from the text: title "
                                + "from the first heading, summary from the first paragraph; not found, so defaulted: "
                                + "status unknown, authors unknown, services none, no date, so it is listed as undated; "
                                + "hindsight migrate writes it as front matter (inferred-metadata)",
                        "0 errors, 1 warning in 1 postmortem"),
                named("TOML front matter").file("pm.md", "+++\ntitle = \"Registry outage\"\n+++\n").expect(
                        "postmortems/pm.md:1:1: warning: front matter in TOML is another tool's (Hugo's, Zola's), so what "
                                + "it leaves out was read from the text: nothing; not found, so defaulted: status unknown, "
                                + "authors unknown, services none, no date, so it is listed as undated; hindsight migrate "
                                + "writes it as front matter (inferred-metadata)",
                        "0 errors, 1 warning in 1 postmortem"),
                named("TOML front matter that is not TOML").file("pm.md", "+++\ntitle = \"Registry outage\n+++\n").expect(
                        "postmortems/pm.md:2:1: error: invalid TOML in the front matter between \"+++\" lines: Newline not "
                                + "permitted here; mend it, or write the front matter in YAML between \"---\" lines "
                                + "(toml-syntax)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("TOML front matter never closed").file("pm.md", "+++\ntitle = \"Registry outage\"\n").expect(
                        "postmortems/pm.md:1:1: error: front matter opened on line 1 is never closed; add a line \"+++\" "
                                + "after the last field (front-matter-unterminated)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("front matter never closed").file("pm.md", "---\n" + REQUIRED + "\n## Summary\n").expect(
                        "postmortems/pm.md:1:1: error: front matter opened on line 1 is never closed; add a line \"---\" "
                                + "after the last field (front-matter-unterminated)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("file of only ---").file("pm.md", "---").expect(
                        "postmortems/pm.md:1:1: error: front matter opened on line 1 is never closed; add a line \"---\" "
                                + "after the last field (front-matter-unterminated)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("front matter is a list").file("pm.md", "---\n- title: Registry outage\n- date: 2016-06-14\n---\n")
                        .expect("postmortems/pm.md:2:1: error: front matter must be fields written as \"key: value\", "
                                        + "found a list (front-matter-not-mapping)",
                                "1 error, 0 warnings in 1 postmortem"),
                named("front matter is a scalar").file("pm.md", "---\nRegistry outage\n---\n").expect(
                        "postmortems/pm.md:2:1: error: front matter must be fields written as \"key: value\", found a "
                                + "single value (front-matter-not-mapping)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("second colon in a value").file("pm.md", postmortem("impact: Deploys failed: all of them\n")).expect(
                        "postmortems/pm.md:8:23: error: invalid YAML: a \": \" here makes no sense to YAML; if the value "
                                + "contains \": \", put it in quotes, else check the indentation (yaml-syntax)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("tab indentation").file("pm.md", postmortem("tags:\n\t- docker\n")).expect(
                        "postmortems/pm.md:9:1: error: invalid YAML: a tab is used for indentation; indent with spaces "
                                + "only (yaml-syntax)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("list never closed").file("pm.md", postmortem("tags: [docker, registry\n")).expect(
                        "postmortems/pm.md:8:7: error: invalid YAML: the list \"[\" that starts here is never closed; "
                                + "end it with \"]\" (yaml-syntax)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("quote never closed").file("pm.md", postmortem("impact: \"Pushes failed\n")).expect(
                        "postmortems/pm.md:8:9: error: invalid YAML: the quoted value that starts here is never closed; "
                                + "end it with the same quote (yaml-syntax)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("value starting with @").file("pm.md", postmortem("team: @platform\n")).expect(
                        "postmortems/pm.md:8:7: error: invalid YAML: a value or key cannot start with [@]; put it in "
                                + "quotes (yaml-syntax)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("bad indentation").file("pm.md", postmortem("impact: Pushes failed\n  team: platform\n")).expect(
                        "postmortems/pm.md:9:7: error: invalid YAML: a \": \" here makes no sense to YAML; if the value "
                                + "contains \": \", put it in quotes, else check the indentation (yaml-syntax)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("list as a key").file("pm.md", postmortem("? [docker, registry]\n: tags\n"))
                        .expect("postmortems/pm.md:8:3: error: a list" + KEY_HINT, ONE_ERROR),
                named("block list as a key").file("pm.md", postmortem("? - docker\n  - registry\n: tags\n"))
                        .expect("postmortems/pm.md:8:3: error: a list" + KEY_HINT, ONE_ERROR),
                named("mapping as a key").file("pm.md", postmortem("? {team: platform}\n: owner\n"))
                        .expect("postmortems/pm.md:8:3: error: a mapping" + KEY_HINT, ONE_ERROR),
                named("list as a key of an action item").file("pm.md", postmortem("action_items:\n  - [a, b]: c\n"))
                        .expect("postmortems/pm.md:9:5: error: a list" + KEY_HINT, ONE_ERROR),
                named("python object tag").file("pm.md", postmortem("impact: !!python/object:os.system {}\n"))
                        .expect("postmortems/pm.md:8:9: error: YAML tag [!!python/object:os.system" + TAG_HINT, ONE_ERROR),
                named("binary tag").file("pm.md", postmortem("impact: !!binary aGVsbG8=\n"))
                        .expect("postmortems/pm.md:8:9: error: YAML tag [!!binary" + TAG_HINT, ONE_ERROR),
                named("java tag").file("pm.md", postmortem("impact: !java.lang.Runtime x\n"))
                        .expect("postmortems/pm.md:8:9: error: YAML tag [!java.lang.Runtime" + TAG_HINT, ONE_ERROR),
                named("set tag on a list").file("pm.md", postmortem("tags: !!set {docker, registry}\n"))
                        .expect("postmortems/pm.md:8:7: error: YAML tag [!!set" + TAG_HINT, ONE_ERROR),
                named("tag on a key").file("pm.md", postmortem("!!python/name:os.system impact: x\n"))
                        .expect("postmortems/pm.md:8:1: error: YAML tag [!!python/name:os.system" + TAG_HINT, ONE_ERROR),
                named("tag in site.yml").file("pm.md", postmortem("")).siteYml("title: !!binary aGVsbG8=\n")
                        .expect("site.yml:1:8: error: YAML tag [!!binary" + TAG_HINT, "1 error, 0 warnings in 0 postmortems"),
                named("duplicate key").file("pm.md", postmortem("title: Registry outage again\n")).expect(
                        "postmortems/pm.md:8:1: error: duplicate key [title], already set on line 2; keep only one "
                                + "(duplicate-key)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("duplicate key in another case").file("pm.md", postmortem("Services: [docker]\n")).expect(
                        "postmortems/pm.md:8:1: error: duplicate key [Services], already set on line 6; keep only one "
                                + "(duplicate-key)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("NUL byte in front matter").file("pm.md", postmortem("impact: Pushes\u0000failed\n")).expect(
                        "postmortems/pm.md:8:15: error: invalid YAML: control character [U+0000] is not allowed in front "
                                + "matter; delete it (yaml-syntax)",
                        "1 error, 0 warnings in 1 postmortem"),
                named("byte-order mark and CRLF line ends are read as usual")
                        .bytes("pm.md", ("\uFEFF" + postmortem("severity: sev5\n")).replace("\n", "\r\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .expect("postmortems/pm.md:8:11: error: unknown severity [sev5]; expected one of SEV1, SEV2, "
                                        + "SEV3, SEV4 (severity)",
                                "1 error, 0 warnings in 1 postmortem"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(BrokenCase brokenCase, @TempDir Path root) throws IOException {
        assertEquals(String.join("\n", brokenCase.expected()), String.join("\n", brokenCase.run(root)));
    }
}
