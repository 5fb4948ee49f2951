package dev.hindsight.realworld;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Term;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a reader says a postmortem file gives — its title, date, action items (as their statuses, in
 * order: "DONE OPEN") and severity — checked against what Hindsight read from a real folder.
 *
 * @param date     {@code YYYY-MM-DD}, or empty for a postmortem a reader finds no date in
 * @param actions  the status of each action item, in order, separated by spaces
 * @param severity the severity key, or empty when the file names none the site knows
 */
record Reading(String file, String title, String date, String actions, String severity) {

    static Reading of(String file, String title, String date, String actions) {
        return new Reading(file, title, date, actions, "");
    }

    Reading severity(String key) {
        return new Reading(file, title, date, actions, key);
    }

    /** Checks the whole folder: nothing refused, and each file read as a reader would. */
    static CheckResult check(Path source, Path config, List<Reading> readings) {
        CheckResult result = new Engine().check(new Project(source, config, true));
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(List.of(), errors, "no errors");
        assertEquals(readings.size(), result.library().postmortems().size(), "every file is listed: "
                + result.library().postmortems().stream().map(Postmortem::libraryPath).toList());
        for (Reading reading : readings) {
            Postmortem p = result.library().postmortems().stream()
                    .filter(pm -> pm.libraryPath().endsWith("/" + reading.file())).findFirst()
                    .orElseThrow(() -> new AssertionError("not read: " + reading.file()));
            assertEquals(reading.summary(), summary(p), reading.file());
        }
        return result;
    }

    private String summary() {
        return String.join(" | ", title, date, actions, severity);
    }

    private static String summary(Postmortem p) {
        String actions = p.actionItems().stream().map(ActionItem::status).map(Enum::name)
                .collect(Collectors.joining(" "));
        return String.join(" | ", p.title(), p.date().map(Object::toString).orElse(""), actions,
                p.severity().map(Term::key).orElse(""));
    }
}
