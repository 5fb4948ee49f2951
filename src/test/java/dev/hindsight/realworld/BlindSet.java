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
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A folder of postmortems written blind — before their author had read the inference code or the
 * other test sets — and the file next to it saying what a reader says of each: its title, its
 * incident day and how many action items it lists. A failure names every file that differs and the
 * score per aspect (errors do not stop the scoring), all also printed so a first run's score can be reported.
 */
final class BlindSet {

    record Expected(String file, String style, String title, String date, int actions) {
    }

    private BlindSet() {
    }

    /** Checks the folder {@code name} against {@code name.yml} beside it. */
    static void check(Path folder) throws IOException {
        List<Expected> expectations = new ObjectMapper(new YAMLFactory()).readValue(
                folder.resolveSibling(folder.getFileName() + ".yml").toFile(), new TypeReference<>() { });
        CheckResult result = new Engine().check(new Project(folder, folder.resolveSibling("no-site.yml"), true));

        List<Diagnostic> errors = result.diagnostics().stream().filter(Diagnostic::isError).toList();
        Map<String, Postmortem> read = result.library().postmortems().stream()
                .collect(Collectors.toMap(p -> Path.of(p.libraryPath()).getFileName().toString(), Function.identity()));

        Score titles = new Score("titles");
        Score dates = new Score("dates");
        Score actions = new Score("action-item counts");
        for (Expected expected : expectations) {
            Optional<Postmortem> p = Optional.ofNullable(read.get(expected.file()));
            titles.compare(expected.file(), expected.title(), p.map(Postmortem::title));
            dates.compare(expected.file(), expected.date(), p.map(pm -> pm.date().map(Object::toString).orElse("none")));
            actions.compare(expected.file(), expected.actions(), p.map(pm -> pm.actionItems().size()));
        }
        List<String> misses = new ArrayList<>();
        for (Score score : List.of(titles, dates, actions)) {
            misses.addAll(score.misses);
        }
        String scores = folder.getFileName() + ": " + titles + ", " + dates + ", " + actions;
        System.out.println(scores);
        errors.forEach(System.out::println);
        misses.forEach(System.out::println);
        assertAll(() -> assertEquals(List.of(), errors, "no errors"), () -> assertEquals(List.of(), misses, scores));
    }

    /** How many files one aspect was read right for, and how the others differ. */
    private static final class Score {
        private final String aspect;
        private final List<String> misses = new ArrayList<>();
        private int checked;

        Score(String aspect) {
            this.aspect = aspect;
        }

        /** Compares with what was read, or with nothing when the file was not read at all. */
        void compare(String file, Object expected, Optional<?> actual) {
            checked++;
            if (!actual.equals(Optional.of(expected))) {
                misses.add(file + ": " + aspect + " expected <" + expected + "> but was <"
                        + actual.map(Object::toString).orElse("(file not read)") + ">");
            }
        }

        @Override
        public String toString() {
            return aspect + " " + (checked - misses.size()) + "/" + checked;
        }
    }
}
