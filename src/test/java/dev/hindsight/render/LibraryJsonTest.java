package dev.hindsight.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.model.Field;
import dev.hindsight.model.FrontMatterFields;
import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** postmortems.json, the library's metadata for other tools, read back with Jackson. */
class LibraryJsonTest {

    @TempDir
    static Path dir;

    private static JsonNode json;

    @BeforeAll
    static void buildALibrary() throws Exception {
        ProjectFolder folder = new ProjectFolder(dir)
                .write("site-src/site.yml", "title: Acme\nbase_url: https://example.org/pm/\n")
                .postmortem("2016/deployer.md", PostmortemText.titled("Deployer \"API\" </script> outage", "2016-09-05")
                        .with("id", "2016-09-05-deployer")
                        .with("services", "[deployer-api]")
                        .with("team", "platform")
                        .with("started", "2016-09-05T09:29:00Z")
                        .with("detected", "2016-09-05T09:31:00Z")
                        .with("mitigated", "2016-09-05T11:52:00+02:00")
                        .with("resolved", "2016-09-05T10:00:00Z")
                        .with("action_items", """

                                  - title: Restrict deletion
                                    type: prevent
                                    owner: platform-team
                                    status: open
                                    priority: P1
                                    due: 2016-09-30
                                    ticket: PLAT-1""")
                        .text())
                .postmortem("2016/registry.md", PostmortemText.titled("Registry outage", "2016-06-14")
                        .without("severity").text());
        assertEquals(0, folder.build().exitCode());
        json = new ObjectMapper().readTree(folder.read("postmortems.json"));
    }

    @Test
    void isVersionedAndNamesTheSite() {
        assertEquals(1, json.get("version").asInt());
        assertEquals("{\"title\":\"Acme\",\"description\":\"Every incident we learned from.\","
                + "\"base_url\":\"https://example.org/pm/\",\"timezone\":\"UTC\"}", json.get("site").toString());
    }

    @Test
    void givesEveryFrontMatterFieldOfEveryPostmortemNullWhenNotWritten() {
        for (JsonNode postmortem : json.get("postmortems")) {
            List<String> fields = Field.keys(FrontMatterFields.POSTMORTEM);
            assertEquals(fields, names(postmortem).subList(0, fields.size()));
            for (JsonNode item : postmortem.get("action_items")) {
                assertEquals(Field.keys(FrontMatterFields.ACTION_ITEM), names(item));
            }
        }
        JsonNode registry = json.get("postmortems").get(1);
        assertTrue(registry.get("severity").isNull());
        assertTrue(registry.get("started").isNull());
    }

    @Test
    void keepsValuesAsWrittenWithTimesInRfc3339() {
        JsonNode deployer = json.get("postmortems").get(0);

        assertEquals("Deployer \"API\" </script> outage", deployer.get("title").asText());
        assertEquals("2016-09-05", deployer.get("date").asText());
        assertEquals("[\"alice\"]", deployer.get("authors").toString());
        assertEquals("complete", deployer.get("status").asText());
        assertEquals("SEV2", deployer.get("severity").asText());
        assertEquals("2016-09-05T09:29:00Z", deployer.get("started").asText());
        assertEquals("2016-09-05T11:52:00+02:00", deployer.get("mitigated").asText());
        assertEquals("{\"title\":\"Restrict deletion\",\"type\":\"prevent\",\"owner\":\"platform-team\","
                + "\"status\":\"open\",\"priority\":\"P1\",\"due\":\"2016-09-30\",\"ticket\":\"PLAT-1\",\"closed\":null}",
                deployer.get("action_items").get(0).toString());
    }

    @Test
    void addsAddressesSourceAndDurations() {
        JsonNode deployer = json.get("postmortems").get(0);

        assertEquals("postmortems/2016-09-05-deployer/", deployer.get("path").asText());
        assertEquals("https://example.org/pm/postmortems/2016-09-05-deployer/", deployer.get("url").asText());
        assertEquals("postmortems/2016/deployer.md", deployer.get("source").asText());
        assertEquals("{\"duration\":1860,\"time_to_detect\":120,\"time_to_mitigate\":1380,\"time_to_resolve\":1860}",
                deployer.get("durations_seconds").toString());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
