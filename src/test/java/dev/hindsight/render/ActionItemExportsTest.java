package dev.hindsight.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** action-items.csv and action-items.json, read back with commons-csv and Jackson. */
class ActionItemExportsTest {

    private static final String HARD_TITLE = "Fix \"retries\", then\nalert on them";

    @TempDir
    static Path dir;

    private static List<Map<String, String>> csv;
    private static String csvText;
    private static JsonNode json;

    @BeforeAll
    static void buildALibrary() throws Exception {
        ProjectFolder folder = new ProjectFolder(dir)
                .write("site-src/site.yml", ProjectFolder.SITE_YML
                        + "trackers: [{prefix: PLAT, url: \"https://jira.example.com/browse/{key}\"}]\n")
                .postmortem("2026/billing.md", PostmortemText.titled("Billing, \"down\"", "2026-10-01")
                        .with("id", "billing")
                        .with("services", "[billing, api]")
                        .with("team", "payments")
                        .with("action_items", """

                                  - title: "Fix \\"retries\\", then\\nalert on them"
                                    owner: payments
                                    status: open
                                    due: 2026-11-01
                                    ticket: PLAT-7
                                  - title: Write the runbook
                                    type: process
                                    owner: alice
                                    status: done
                                    closed: 2026-10-20""")
                        .text());
        assertEquals(0, folder.build().exitCode(), "the library builds");
        csvText = folder.read("action-items.csv");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csvText)) {
            csv = rows.readAll();
        }
        json = new ObjectMapper().readTree(folder.read("action-items.json"));
    }

    @Test
    void csvHasOneRowPerItemWithItsPostmortemAndSurvivesQuotesCommasAndNewlines() {
        assertEquals(2, csv.size());
        Map<String, String> first = csv.get(0);
        assertEquals(HARD_TITLE, first.get("title"));
        assertEquals("billing", first.get("postmortem_id"));
        assertEquals("Billing, \"down\"", first.get("postmortem_title"));
        assertEquals("https://example.org/postmortems/postmortems/billing/", first.get("postmortem_url"));
        assertEquals("billing, api", first.get("services"));
        assertEquals("true", first.get("overdue"));
        assertEquals("https://jira.example.com/browse/PLAT-7", first.get("ticket_url"));
        assertEquals("", csv.get(1).get("due"), "unknown values are empty");
        assertEquals("2026-10-20", csv.get(1).get("closed"));
        assertTrue(csvText.startsWith("postmortem_id,postmortem_title,postmortem_date,postmortem_path,postmortem_url,"
                + "services,team,title,type,owner,status,priority,due,overdue,ticket,ticket_url,closed\r\n"), csvText);
    }

    @Test
    void jsonIsVersionedAndDatedWithEveryColumnOfEveryItem() {
        assertEquals(1, json.get("version").asInt());
        assertEquals(ProjectFolder.TODAY, json.get("as_of").asText());
        JsonNode first = json.get("action_items").get(0);
        assertEquals(HARD_TITLE, first.get("title").asText());
        assertTrue(first.get("overdue").asBoolean());
        assertEquals("[\"billing\",\"api\"]", first.get("services").toString());
        assertTrue(first.get("priority").isNull());
        assertEquals(new TreeSet<>(csv.get(0).keySet()), fieldNames(first));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
