package dev.hindsight.check;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;

import static dev.hindsight.check.BrokenCase.named;
import static dev.hindsight.check.BrokenCase.postmortem;
import static dev.hindsight.check.BrokenCase.postmortemWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Action items, and problems that only show across postmortems: each case with the exact output of {@code check}. */
class LibraryCasesTest {

    private static final String ONE_ERROR = "1 error, 0 warnings in 1 postmortem";

    /** Lines 8–12: one valid action item, so a case changes or adds one line of it. */
    private static String actionItem(String line) {
        String item = "action_items:\n  - title: Add a registry health check\n    type: prevent\n"
                + "    owner: platform-team\n    status: open\n";
        String key = line.strip().substring(0, line.strip().indexOf(':') + 1);
        return postmortem(item.contains("    " + key) ? item.replaceFirst("    " + key + ".*\n", line + "\n")
                : item + line + "\n");
    }

    static Stream<BrokenCase> cases() {
        return Stream.of(
                named("action item type with a typo").file("pm.md", actionItem("    type: prevnt")).expect(
                        "postmortems/pm.md:10:11: error: unknown action_items[1].type [prevnt]; expected one of mitigate, "
                                + "prevent, detect, process, other; did you mean prevent? (action-item-type)", ONE_ERROR),
                named("action item status outside the vocabulary").file("pm.md", actionItem("    status: closed")).expect(
                        "postmortems/pm.md:12:13: error: unknown action_items[1].status [closed]; expected one of open, "
                                + "in-progress, done, not-doing (action-item-status)", ONE_ERROR),
                named("action item without owner").file("pm.md", actionItem("    owner: ~")).expect(
                        "postmortems/pm.md:11:12: error: action_items[1].owner is empty; write its value after \"owner:\" "
                                + "(action-item-owner)", ONE_ERROR),
                named("action item owner misspelt").file("pm.md", actionItem("    owner: platform-team")
                        .replace("    owner:", "    onwer:")).expect(
                        "postmortems/pm.md:9:5: error: missing required field [action_items[1].owner]; add \"owner: ...\" "
                                + "(missing-field)",
                        "postmortems/pm.md:11:5: warning: unknown field [action_items[1].onwer] is ignored; did you mean "
                                + "owner? (unknown-field)",
                        "1 error, 1 warning in 1 postmortem"),
                named("action item as one line of text").file("pm.md", postmortem("action_items:\n  - Fix the alerts\n"))
                        .expect("postmortems/pm.md:9:5: error: action item 1 must be fields such as title, owner and "
                                + "status, found the text [Fix the alerts]; write \"- title: ...\" with owner: and status: "
                                + "below it (action-items)", ONE_ERROR),
                named("action item due on a day that does not exist").file("pm.md", actionItem("    due: 2016-02-30"))
                        .expect("postmortems/pm.md:13:10: error: invalid action_items[1].due [2016-02-30]; there is no "
                                + "such day (action-item-due)", ONE_ERROR),
                named("action item due in a year of nine digits").file("pm.md", actionItem("    due: +999999999-12-31"))
                        .expect("postmortems/pm.md:13:10: error: invalid action_items[1].due [+999999999-12-31]; expected "
                                + "a date as YYYY-MM-DD, such as 2016-09-05 (action-item-due)", ONE_ERROR),
                named("action item ticket that is a script").file("pm.md", actionItem("    ticket: javascript:alert(1)"))
                        .expect("postmortems/pm.md:13:13: error: ticket [javascript:alert(1)] is not a web link; use an "
                                + "http(s) URL or a tracker key such as PLAT-123 (action-item-ticket)", ONE_ERROR),
                named("same id from id: and from a file name")
                        .file("a/registry-outage.md", postmortem(""))
                        .file("b.md", postmortem("id: registry-outage\n")).expect(
                        "postmortems/b.md:8:5: error: id [registry-outage] is already used by "
                                + "postmortems/a/registry-outage.md; give one of them another id (\"id: ...\") or file name "
                                + "(duplicate-id)",
                        "1 error, 0 warnings in 2 postmortems"),
                named("ids that differ only in case").file("registry-outage.md", postmortem(""))
                        .file("x.md", postmortem("id: Registry-Outage\n")).expect(
                        "postmortems/x.md:8:5: error: id [Registry-Outage] gives the same page as [registry-outage] of "
                                + "postmortems/registry-outage.md, as URLs ignore case on many systems; give one of them "
                                + "another id (\"id: ...\") or file name (duplicate-url)",
                        "1 error, 0 warnings in 2 postmortems"),
                named("related id with a typo").file("registry-outage.md", postmortem(""))
                        .file("dns.md", postmortem("related: [registry-outages]\n")).expect(
                        "postmortems/dns.md:8:11: error: related postmortem [registry-outages] does not exist; did you "
                                + "mean registry-outage? (related)",
                        "1 error, 0 warnings in 2 postmortems"),
                named("related id that does not exist").file("registry-outage.md", postmortem(""))
                        .file("dns.md", postmortem("related: [2015-01-01-power-cut]\n")).expect(
                        "postmortems/dns.md:8:11: error: related postmortem [2015-01-01-power-cut] does not exist; use "
                                + "the id of another postmortem (its file name without .md) (related)",
                        "1 error, 0 warnings in 2 postmortems"),
                named("related postmortem that has errors itself exists")
                        .file("registry-outage.md", postmortem("severity: sev5\n"))
                        .file("dns.md", postmortem("related: [registry-outage]\n")).expect(
                        "postmortems/registry-outage.md:8:11: error: unknown severity [sev5]; expected one of SEV1, "
                                + "SEV2, SEV3, SEV4 (severity)",
                        "1 error, 0 warnings in 2 postmortems"),
                named("related postmortem without front matter exists")
                        .file("registry-outage.md", "# Registry outage\n")
                        .file("dns.md", postmortem("related: [registry-outage]\n")).expect(
                        "postmortems/registry-outage.md:1:1: warning: no front matter, so the metadata was read from "
                                + "the text: title from the first heading; not found, so defaulted: status unknown, "
                                + "authors unknown, services none, no date, so it is listed as undated; hindsight "
                                + "migrate writes it as front matter (inferred-metadata)",
                        "0 errors, 1 warning in 2 postmortems"),
                named("tags that differ only in spacing share a page")
                        .file("a.md", postmortem("tags: [C++]\n"))
                        .file("b.md", postmortem("tags: [deploy, c plus plus]\n")).expect(
                        "postmortems/b.md:8:16: warning: tag [c plus plus] shares its page (c-plus-plus) with [C++] of "
                                + "postmortems/a.md, so the site shows them as one tag; write both the same way, or "
                                + "rename one (shared-page)",
                        "0 errors, 1 warning in 2 postmortems"),
                named("services that differ in accents share a page")
                        .file("a.md", postmortemWith("services: [Café API]"))
                        .file("b.md", postmortemWith("services: [cafe-api]")).expect(
                        "postmortems/b.md:6:12: warning: service [cafe-api] shares its page (cafe-api) with [Café API] "
                                + "of postmortems/a.md, so the site shows them as one service; write both the same way, "
                                + "or rename one (shared-page)",
                        "0 errors, 1 warning in 2 postmortems"),
                named("tags that differ only in case are one tag")
                        .file("a.md", postmortem("tags: [Billing]\n"))
                        .file("b.md", postmortem("tags: [billing]\n")).expect("0 errors, 0 warnings in 2 postmortems"),
                named("same ticket in two postmortems")
                        .file("a.md", actionItem("    ticket: PLAT-1"))
                        .file("b.md", actionItem("    ticket: PLAT-1")).expect(
                        "postmortems/b.md:13:13: warning: ticket [PLAT-1] is also the ticket of an action item in "
                                + "postmortems/a.md; if it is the same work, link the postmortems with related: instead "
                                + "(duplicate-ticket)",
                        "0 errors, 1 warning in 2 postmortems"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(BrokenCase brokenCase, @TempDir Path root) throws IOException {
        assertEquals(String.join("\n", brokenCase.expected()), String.join("\n", brokenCase.run(root)));
    }
}
