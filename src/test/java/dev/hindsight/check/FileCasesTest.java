package dev.hindsight.check;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.hindsight.check.BrokenCase.named;
import static dev.hindsight.check.BrokenCase.postmortem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Files that cannot be read as postmortems, and hostile input that must be refused quickly with a
 * diagnostic: each case with the exact output of {@code check}.
 */
class FileCasesTest {

    private static final String ONE_ERROR = "1 error, 0 warnings in 1 postmortem";

    /** Bytes 0–177 are the valid lines 1–7 and "impact: caf"; byte 178 is Latin-1 "é", which UTF-8 forbids there. */
    private static byte[] latin1InTheMiddle() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("---\n" + BrokenCase.REQUIRED + "impact: caf").getBytes(StandardCharsets.UTF_8));
        out.write(0xE9);
        out.writeBytes(" closed\n---\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String padded(String text, int size) {
        return text + "x".repeat(size - text.length());
    }

    static Stream<BrokenCase> cases() {
        return Stream.of(
                named("invalid UTF-8 in the middle").bytes("pm.md", latin1InTheMiddle()).expect(
                        "postmortems/pm.md:8:12: error: not valid UTF-8: byte [0xE9] at byte offset 178; save the file as "
                                + "UTF-8 (encoding)", ONE_ERROR),
                named("UTF-16 file").bytes("pm.md", postmortem("").getBytes(StandardCharsets.UTF_16)).expect(
                        "postmortems/pm.md:1:1: error: the file is UTF-16, not UTF-8; save it as UTF-8 (encoding)", ONE_ERROR),
                named("empty file").file("pm.md", "").expect(
                        "postmortems/pm.md:1:1: error: file is empty; delete it, or start it from the template with "
                                + "hindsight new \"TITLE\" (file-empty)", ONE_ERROR),
                named("file of blank lines").file("pm.md", "\n  \n\t\n").expect(
                        "postmortems/pm.md:1:1: error: file is empty; delete it, or start it from the template with "
                                + "hindsight new \"TITLE\" (file-empty)", ONE_ERROR),
                named("file over the limit set in site.yml").file("pm.md", padded(postmortem(""), 2000))
                        .siteYml("required_sections: []\nmax_file_size: 1KB\n").expect(
                        "postmortems/pm.md:1:1: error: file is 2000 bytes, over the limit of 1024 bytes (max_file_size in "
                                + "site.yml); move large logs or captures out of the postmortem and link to them "
                                + "(file-too-large)", ONE_ERROR),
                named("6 MB file over the default limit").file("pm.md", padded(postmortem(""), 6 * 1024 * 1024)).expect(
                        "postmortems/pm.md:1:1: error: file is 6291456 bytes, over the limit of 5242880 bytes "
                                + "(max_file_size in site.yml); move large logs or captures out of the postmortem and link "
                                + "to them (file-too-large)", ONE_ERROR),
                named("symlink out of the source folder").symlink("x.md", "/etc/passwd").expect(
                        "postmortems/x.md:1:1: error: symbolic link leads outside the source folder [/etc/passwd] and is "
                                + "not read; only links within the source folder are followed, so copy the file in instead "
                                + "(symlink)", ONE_ERROR),
                named("symlink to nothing").symlink("gone.md", "/nonexistent/gone.md").expect(
                        "postmortems/gone.md:1:1: error: symbolic link leads to [/nonexistent/gone.md], which does not "
                                + "exist; fix or remove the link (symlink)", ONE_ERROR),
                named("symlinks that lead to each other").symlink("loop1.md", "loop2.md").symlink("loop2.md", "loop1.md")
                        .expect("postmortems/loop1.md:1:1: error: the symbolic links form a loop ([loop2.md], then "
                                        + "[loop1.md], then round again) and lead to no file; point one of them at a "
                                        + "postmortem, or remove them (symlink)",
                                "postmortems/loop2.md:1:1: error: the symbolic links form a loop ([loop1.md], then "
                                        + "[loop2.md], then round again) and lead to no file; point one of them at a "
                                        + "postmortem, or remove them (symlink)",
                                "2 errors, 0 warnings in 2 postmortems"),
                named("symlink to itself").symlink("self.md", "self.md").expect(
                        "postmortems/self.md:1:1: error: the symbolic links form a loop ([self.md], then round again) and "
                                + "lead to no file; point one of them at a postmortem, or remove them (symlink)", ONE_ERROR),
                named("symlink to a symlink to nothing").symlink("a.md", "b.md").symlink("b.md", "gone.md").expect(
                        "postmortems/a.md:1:1: error: symbolic link leads to [b.md], then [gone.md], which does not "
                                + "exist; fix or remove the link (symlink)",
                        "postmortems/b.md:1:1: error: symbolic link leads to [gone.md], which does not exist; fix or "
                                + "remove the link (symlink)",
                        "2 errors, 0 warnings in 2 postmortems"),
                named("symlink within the source folder is read").file("pm.md", postmortem(""))
                        .symlink("alias.md", "pm.md")
                        .expect("0 errors, 0 warnings in 2 postmortems"),
                named("files that are not postmortems are named in one line").file("notes", "not a postmortem")
                        .file("LICENSE", "MIT").file("README.md", "# About").file(".draft.md", "---")
                        .symlink("photo.png", "/etc/passwd")
                        .expect("postmortems:1:1: warning: 2 files are not Markdown and not read: postmortems/LICENSE, "
                                + "postmortems/notes; list them under exclude in site.yml to leave them out, or under "
                                + "include to read them as postmortems (files-not-read)",
                                "0 errors, 1 warning in 0 postmortems"),
                named("YAML alias bomb").file("pm.md", postmortem("""
                        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                        """)).expect(
                        "postmortems/pm.md:9:8: error: YAML alias [*a] is not supported in front matter; write the value "
                                + "out in full (yaml-alias)", ONE_ERROR),
                named("10,000 nested lists").file("pm.md", postmortem("impact: " + "[".repeat(10_000)
                        + "]".repeat(10_000) + "\n")).expect(
                        "postmortems/pm.md:8:25: error: front matter nests deeper than 16 levels; postmortem fields are at "
                                + "most three levels deep (yaml-too-deep)", ONE_ERROR),
                named("3 MB value").file("pm.md", postmortem("impact: " + "a".repeat(3_000_000) + "\n")).expect(
                        "postmortems/pm.md:8:1: error: line is 3000008 characters long, over the limit of 100000 for front "
                                + "matter; put long text in the body of the postmortem (value-too-long)", ONE_ERROR),
                named("300 KB value over many lines").file("pm.md", postmortem("impact: |\n"
                        + ("  " + "a".repeat(98) + "\n").repeat(3000))).expect(
                        "postmortems/pm.md:8:9: error: value is 297000 characters long, over the limit of 100000; put "
                                + "long text in the body of the postmortem (value-too-long)", ONE_ERROR),
                named("a 1 MB line in the body is fine")
                        .file("pm.md", postmortem("") + "a ".repeat(500_000) + "\n")
                        .expect("0 errors, 0 warnings in 1 postmortem"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(BrokenCase brokenCase, @TempDir Path root) throws IOException {
        assertEquals(String.join("\n", brokenCase.expected()), String.join("\n", brokenCase.run(root)));
    }
}
