package dev.hindsight.realworld;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.model.Postmortem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Postmortems written blind — before their author had read the inference code or the other test
 * sets — in styles of organisations the inference was not developed against (a Confluence and a
 * Notion export, a status page entry, org-mode keywords, Spanish and day-first dates, ...). Each is
 * checked against what a person reading it says: its title, its incident day and how many action
 * items it lists; a failure names every file that differs and the score per aspect.
 */
class UnseenStylesTest {

    private static final Path UNSEEN = Path.of("src/test/resources/realworld/unseen");

    record Expected(String file, String style, String title, String date, int actions) {
    }

    @Test
    void readsPostmortemsWrittenBlindAsAReaderWould() throws IOException {
        List<Expected> expectations = new ObjectMapper(new YAMLFactory())
                .readValue(UNSEEN.resolveSibling("unseen.yml").toFile(), new TypeReference<>() { });
        CheckResult result = new Engine().check(new Project(UNSEEN, UNSEEN.resolveSibling("no-site.yml"), true));

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
        assertEquals(List.of(), misses, titles + ", " + dates + ", " + actions);
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
