package dev.hindsight.serve;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.render.OutputFile;
import dev.hindsight.render.SiteOutputs;
import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview makes its outputs one at a time, and must still be the site a build writes, file for file. */
class LazySiteTest {

    @Test
    void hasEveryFileABuildWritesWithTheSameContentAndNoOther(@TempDir Path temp) {
        ProjectFolder project = new ProjectFolder(temp)
                .postmortem("2026-03-01-api", "related: [2026-03-02-db]\n", "## Summary\n\nSee [the other](2026-03-02-db.md).\n")
                .postmortem("2026-03-02-db", "action_items:\n  - title: Add an alert\n    owner: ana\n", "## Summary\n\nIt broke.\n");
        CheckResult checked = new Engine().check(new Project(project.source(), project.config(), true));
        LocalDate today = LocalDate.parse(ProjectFolder.TODAY);
        List<OutputFile> built = SiteOutputs.render(checked.config(), checked.pages(), checked.library(), today).all();

        LazySite.Owners owners = new LazySite.Owners();
        LazySite lazy = LazySite.of(checked.config(), checked.pages(), checked.library(), today, owners);
        LazySite again = LazySite.of(checked.config(), checked.pages(), checked.library(), today, owners);

        assertTrue(built.stream().anyMatch(file -> file.path().equals("sitemap.xml")), "the sitemap is among them");
        for (OutputFile file : built) {
            Optional<OutputFile> served = lazy.file(file.path());
            assertTrue(served.isPresent(), file.path());
            assertArrayEquals(file.content(), served.get().content(), file.path());
            assertArrayEquals(file.content(), again.file(file.path()).orElseThrow().content(), "rebuilt: " + file.path());
        }
        assertEquals(Optional.empty(), lazy.file("postmortems/no-such-thing/index.html"));
        assertEquals(Optional.empty(), LazySite.EMPTY.file("index.html"));
    }
}
