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
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A folder of postmortems written blind — before their author had read the inference code or the
 * other test sets — and the file next to it saying what a reader says of each: its title, its
 * incident day and how many action items it lists. A failure names every file that differs and the
 * score per aspect, which is also printed so a first run's score can be reported.
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

        assertEquals(List.of(), result.diagnostics().stream().filter(Diagnostic::isError).toList(), "no errors");
        Map<String, Postmortem> read = result.library().postmortems().stream()
                .collect(Collectors.toMap(p -> Path.of(p.libraryPath()).getFileName().toString(), Function.identity()));
        assertEquals(expectations.stream().map(Expected::file).sorted().toList(),
                read.keySet().stream().sorted().toList(), "every file is read");

        Score titles = new Score("titles");
        Score dates = new Score("dates");
        Score actions = new Score("action-item counts");
        for (Expected expected : expectations) {
            Postmortem p = read.get(expected.file());
            titles.compare(expected.file(), expected.title(), p.title());
            dates.compare(expected.file(), expected.date(), p.date().map(Object::toString).orElse("none"));
            actions.compare(expected.file(), expected.actions(), p.actionItems().size());
        }
        List<String> misses = new ArrayList<>();
        for (Score score : List.of(titles, dates, actions)) {
            misses.addAll(score.misses);
        }
        String scores = folder.getFileName() + ": " + titles + ", " + dates + ", " + actions;
        System.out.println(scores);
        misses.forEach(System.out::println);
        assertEquals(List.of(), misses, scores);
    }

    /** How many files one aspect was read right for, and how the others differ. */
    private static final class Score {
        private final String aspect;
        private final List<String> misses = new ArrayList<>();
        private int checked;

        Score(String aspect) {
            this.aspect = aspect;
        }

        void compare(String file, Object expected, Object actual) {
            checked++;
            if (!expected.equals(actual)) {
                misses.add(file + ": " + aspect + " expected <" + expected + "> but was <" + actual + ">");
            }
        }

        @Override
        public String toString() {
            return aspect + " " + (checked - misses.size()) + "/" + checked;
        }
    }
}
