package dev.hindsight.realworld;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.Postmortem;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A folder of postmortems written blind — before their author had read the inference code or the
 * other test sets — and the file next to it saying what a reader says of each: its title, its
 * incident day and how many action items it lists. A failure names every file that differs and the
 * score per aspect (errors do not stop the scoring), all also printed so a first run's score can be reported.
 * A file may list aspects it is known to be read wrong on ({@code missed}, with {@code why}): they count
 * as misses in the score but do not fail the check; {@code read} means the file is refused altogether,
 * {@code errors} that it is read but has errors a build would stop at.
 */
final class BlindSet {

    /**
     * @param missed the aspects ({@code title}, {@code date}, {@code actions}) this reading is known to
     *               get wrong, with why in the set's file: they are scored as misses and must stay
     *               misses, so the list is mended when a change reads them right
     */
    record Expected(String file, String style, String title, String date, int actions, List<String> missed,
                    String why) {
        Expected {
            missed = missed == null ? List.of() : List.copyOf(missed);
        }
    }

    private BlindSet() {
    }

    /** Checks the folder {@code name} against {@code name.yml} beside it. */
    static void check(Path folder) throws IOException {
        List<Expected> expectations = new ObjectMapper(new YAMLFactory()).readValue(
                folder.resolveSibling(folder.getFileName() + ".yml").toFile(), new TypeReference<>() { });
        CheckResult result = new Engine().check(new Project(folder, folder.resolveSibling("no-site.yml"), true));

        Set<String> refused = expectations.stream()
                .filter(e -> e.missed().contains("read") || e.missed().contains("errors")).map(Expected::file)
                .collect(Collectors.toSet());
        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError)
                .filter(d -> !refused.contains(Path.of(d.file()).getFileName().toString())).toList();
        Map<String, Postmortem> read = result.library().postmortems().stream()
                .collect(Collectors.toMap(p -> Path.of(p.libraryPath()).getFileName().toString(), Function.identity()));

        Score titles = new Score("titles");
        Score dates = new Score("dates");
        Score actions = new Score("action-item counts");
        for (Expected expected : expectations) {
            Optional<Postmortem> p = Optional.ofNullable(read.get(expected.file()));
            titles.compare(expected, "title", expected.title(), p.map(Postmortem::title));
            dates.compare(expected, "date", expected.date(), p.map(pm -> pm.date().map(Object::toString).orElse("none")));
            actions.compare(expected, "actions", expected.actions(), p.map(pm -> pm.actionItems().size()));
        }
        List<String> misses = new ArrayList<>();
        for (Score score : List.of(titles, dates, actions)) {
            misses.addAll(score.misses);
        }
        String scores = folder.getFileName() + ": " + titles + ", " + dates + ", " + actions;
        System.out.println(scores);
        errors.forEach(System.out::println);
        misses.forEach(System.out::println);
        for (Score score : List.of(titles, dates, actions)) {
            score.known.forEach(System.out::println);
        }
        assertAll(() -> assertEquals(List.of(), errors, "no errors"), () -> assertEquals(List.of(), misses, scores));
    }

    /** How many files one aspect was read right for, and how the others differ. */
    private static final class Score {
        private final String aspect;
        private final List<String> misses = new ArrayList<>();
        private final List<String> known = new ArrayList<>();
        private int checked;

        Score(String aspect) {
            this.aspect = aspect;
        }

        /**
         * Compares with what was read, or with nothing when the file was not read at all. A known miss
         * that is read right now is a miss of the list, which then needs mending.
         */
        void compare(Expected file, String name, Object expected, Optional<?> actual) {
            checked++;
            boolean right = actual.equals(Optional.of(expected));
            boolean knownMiss = file.missed().contains(name) || file.missed().contains("read");
            String line = file.file() + ": " + aspect + " expected <" + expected + "> but was <"
                    + actual.map(Object::toString).orElse("(file not read)") + ">";
            if (right && knownMiss) {
                misses.add(file.file() + ": " + aspect + " is read right now; take it out of missed in the set's file");
            } else if (!right && knownMiss) {
                known.add(line + " (known: " + file.why() + ")");
            } else if (!right) {
                misses.add(line);
            }
        }

        @Override
        public String toString() {
            return aspect + " " + (checked - misses.size() - known.size()) + "/" + checked;
        }
    }
}
