package dev.hindsight.parse.infer;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.model.ActionItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An inferred action item too long for a title is cut, even when it has no space to cut at. */
class LongActionItemTest {

    @TempDir
    Path root;

    @Test
    void aLongItemWithoutSpacesIsCutAtTheTitleLength() throws IOException {
        Path source = Files.createDirectories(root.resolve("postmortems"));
        String url = "https://dashboards.example.com/d/" + "x".repeat(250);
        Files.writeString(source.resolve("2024-01-02-outage.md"), "# Outage\n\n## Action Items\n\n- " + url + "\n");

        CheckResult result = new Engine().check(new Project(source, root.resolve("site.yml"), false));

        assertEquals(0, result.errorCount(), result.diagnostics().toString());
        List<ActionItem> items = result.library().postmortems().get(0).actionItems();
        assertEquals(1, items.size());
        assertEquals(url.substring(0, 199) + "…", items.get(0).title());
        assertTrue(items.get(0).title().length() <= 200);
    }
}
