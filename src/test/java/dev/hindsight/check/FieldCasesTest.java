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

/** Fields with wrong, missing or impossible values: each case with the exact output of {@code check}. */
class FieldCasesTest {

    private static final String ONE_ERROR = "1 error, 0 warnings in 1 postmortem";
    private static final String ONE_WARNING = "0 errors, 1 warning in 1 postmortem";

    static Stream<BrokenCase> cases() {
        return Stream.of(
                named("required field missing").file("pm.md", "---\ntitle: Registry outage\ndate: 2016-06-14\n"
                        + "authors: [platform-oncall]\nstatus: complete\nsummary: Pushes failed.\n---\n").expect(
                        "postmortems/pm.md:1:1: error: missing required field [services]; add \"services: ...\" to the "
                                + "front matter (missing-field)", ONE_ERROR),
                named("empty title").file("pm.md", postmortemWith("title: \"\"")).expect(
                        "postmortems/pm.md:2:8: error: title is empty; write its value after \"title:\" (title)", ONE_ERROR),
                named("null summary").file("pm.md", postmortemWith("summary: ~")).expect(
                        "postmortems/pm.md:7:10: error: summary is empty; write its value after \"summary:\" (summary)",
                        ONE_ERROR),
                named("list where one value is expected").file("pm.md", postmortemWith("title: [Registry, outage]")).expect(
                        "postmortems/pm.md:2:8: error: title expects a single value, found a list; write \"title: value\" "
                                + "on one line (title)", ONE_ERROR),
                named("number where action items are expected").file("pm.md", postmortem("action_items: 3\n")).expect(
                        "postmortems/pm.md:8:15: error: action_items expects a list of items (each starting with "
                                + "\"- title: ...\"), found the text [3] (action-items)", ONE_ERROR),
                named("mapping where names are expected").file("pm.md", postmortemWith("authors: {name: jreyes}")).expect(
                        "postmortems/pm.md:4:10: error: authors expects names, found a mapping of fields; write authors: "
                                + "[first, second] (authors)", ONE_ERROR),
                named("list inside a list of names").file("pm.md", postmortemWith("services: [registry, [cdn]]")).expect(
                        "postmortems/pm.md:6:22: error: services expects names, found a list in the list; write services: "
                                + "[first, second] (services)", ONE_ERROR),
                named("numbers where text is expected are text")
                        .file("pm.md", postmortemWith("title: 42").replace("---\n## Summary", "team: 7\n---\n## Summary"))
                        .expect("0 errors, 0 warnings in 1 postmortem"),
                named("empty list").file("pm.md", postmortemWith("authors: []")).expect(
                        "postmortems/pm.md:4:10: error: authors is empty; name at least one, such as authors: [first, "
                                + "second] (authors)", ONE_ERROR),
                named("list of blanks").file("pm.md", postmortemWith("services: [\"\", ~]")).expect(
                        "postmortems/pm.md:6:11: error: services is empty; name at least one, such as services: [first, "
                                + "second] (services)", ONE_ERROR),
                named("unknown field with a typo").file("pm.md", postmortem("serivces: [docker]\n")).expect(
                        "postmortems/pm.md:8:1: warning: unknown field [serivces] is ignored; did you mean services? "
                                + "(unknown-field)", ONE_WARNING),
                named("unknown field").file("pm.md", postmortem("layout: post\n")).expect(
                        "postmortems/pm.md:8:1: warning: unknown field [layout] is ignored; known fields are title, id, "
                                + "date, authors, status, severity, services, team, tags, summary, impact, started, "
                                + "detected, mitigated, resolved, related, action_items (unknown-field)", ONE_WARNING),
                named("day that does not exist").file("pm.md", postmortemWith("date: 2016-09-31")).expect(
                        "postmortems/pm.md:3:7: error: invalid date [2016-09-31]; there is no such day (date)", ONE_ERROR),
                named("date not in ISO form").file("pm.md", postmortemWith("date: 31/31/31")).expect(
                        "postmortems/pm.md:3:7: error: invalid date [31/31/31]; expected a date as YYYY-MM-DD, such as "
                                + "2016-09-05 (date)", ONE_ERROR),
                named("date in the year 0000").file("pm.md", postmortemWith("date: 0000-01-01")).expect(
                        "postmortems/pm.md:3:7: error: invalid date [0000-01-01]; there is no year 0000, write a year "
                                + "from 0001 to 9999 (date)", ONE_ERROR),
                named("date before the common era").file("pm.md", postmortemWith("date: -0044-03-15")).expect(
                        "postmortems/pm.md:3:7: error: invalid date [-0044-03-15]; expected a date as YYYY-MM-DD, such as "
                                + "2016-09-05 (date)", ONE_ERROR),
                named("timestamp in the year 0000").file("pm.md", postmortem("started: 0000-01-01T09:00:00Z\n")).expect(
                        "postmortems/pm.md:8:10: error: invalid started [0000-01-01T09:00:00Z]; there is no year 0000, "
                                + "write a year from 0001 to 9999 (started)", ONE_ERROR),
                named("date with a time").file("pm.md", postmortemWith("date: 2016-06-14T09:30:00Z")).expect(
                        "postmortems/pm.md:3:7: warning: date [2016-06-14T09:30:00Z] has a time; only the day 2016-06-14 "
                                + "is used, so write date: 2016-06-14 and put the time in started (date)", ONE_WARNING),
                named("time that does not exist").file("pm.md", postmortem("started: 2016-06-14 25:00\n")).expect(
                        "postmortems/pm.md:8:10: error: invalid started [2016-06-14 25:00]; there is no such day or time "
                                + "(started)", ONE_ERROR),
                named("timestamp in words").file("pm.md", postmortem("started: yesterday\n")).expect(
                        "postmortems/pm.md:8:10: error: invalid started [yesterday]; expected YYYY-MM-DDTHH:MM:SSZ (or "
                                + "with an offset such as +02:00) (started)", ONE_ERROR),
                named("resolved before started").file("pm.md",
                        postmortem("started: 2016-06-14T11:00:00Z\nresolved: 2016-06-14T10:00:00Z\n")).expect(
                        "postmortems/pm.md:9:11: error: resolved [2016-06-14T10:00:00Z] is before started "
                                + "[2016-06-14T11:00:00Z]; check the dates and their time zones (Z, or an offset such as "
                                + "+02:00) (timestamp-order)", ONE_ERROR),
                named("detected before started across time zones").file("pm.md",
                        postmortem("started: 2016-06-14T10:00:00Z\ndetected: 2016-06-14T11:00:00+02:00\n")).expect(
                        "postmortems/pm.md:9:11: error: detected [2016-06-14T11:00:00+02:00] is before started "
                                + "[2016-06-14T10:00:00Z]; check the dates and their time zones (Z, or an offset such as "
                                + "+02:00) (timestamp-order)", ONE_ERROR),
                named("status with a typo").file("pm.md", postmortemWith("status: complet")).expect(
                        "postmortems/pm.md:5:9: error: unknown status [complet]; expected one of draft, in-review, "
                                + "complete; did you mean complete? (status)", ONE_ERROR),
                named("severity outside the vocabulary").file("pm.md", postmortem("severity: sev5\n")).expect(
                        "postmortems/pm.md:8:11: error: unknown severity [sev5]; expected one of SEV1, SEV2, SEV3, SEV4 "
                                + "(severity)", ONE_ERROR),
                named("severity with a space").file("pm.md", postmortem("severity: SEV 2\n")).expect(
                        "postmortems/pm.md:8:11: error: unknown severity [SEV 2]; expected one of SEV1, SEV2, SEV3, SEV4; "
                                + "did you mean SEV2? (severity)", ONE_ERROR),
                named("summary over 300 characters").file("pm.md",
                        postmortemWith("summary: " + "Pushes to the registry failed ".repeat(11))).expect(
                        "postmortems/pm.md:7:10: warning: summary is 329 characters long; keep it to one sentence under "
                                + "300 and move the detail to \"## Summary\" in the body (summary-length)", ONE_WARNING),
                named("summary of two sentences").file("pm.md",
                        postmortemWith("summary: Pushes failed. Pulls kept working.")).expect(
                        "postmortems/pm.md:7:10: warning: summary has more than one sentence; keep it to one and move the "
                                + "rest to \"## Summary\" in the body (summary-length)", ONE_WARNING),
                named("id that is a path").file("pm.md", postmortem("id: ../etc/passwd\n")).expect(
                        "postmortems/pm.md:8:5: error: invalid id [../etc/passwd]; use letters, digits, \".\", \"_\" and "
                                + "\"-\" only, starting with a letter or digit, at most 120 characters (such as "
                                + "2016-09-05-deployer-api-outage) (id)", ONE_ERROR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsExactly(BrokenCase brokenCase, @TempDir Path root) throws IOException {
        assertEquals(String.join("\n", brokenCase.expected()), String.join("\n", brokenCase.run(root)));
    }
}
