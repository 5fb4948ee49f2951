package dev.hindsight.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.hindsight.testing.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    Path temp;

    @Test
    void printsADraft07SchemaListingTheConfiguredStatusesAndSeverities() throws IOException {
        Path config = Files.writeString(temp.resolve("site.yml"),
                "statuses: [open-q, {key: Closed, label: Closed for good}]\nseverities: [S1, S2]\n");

        ProjectFolder.Run run = ProjectFolder.run("schema", "--config", config.toString());

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        JsonNode schema = JSON.readTree(run.out());
        assertEquals("http://json-schema.org/draft-07/schema#", schema.get("$schema").asText());
        assertEquals("[\"open-q\",\"Closed\"]", schema.at("/properties/status/enum").toString());
        assertEquals("[\"S1\",\"S2\",null]", schema.at("/properties/severity/enum").toString());
        assertTrue(schema.at("/properties/status/description").asText().endsWith("open-q, Closed (Closed for good)."));
        assertEquals("[\"title\",\"date\",\"authors\",\"status\",\"services\",\"summary\"]",
                schema.get("required").toString());
        assertEquals("[\"mitigate\",\"prevent\",\"detect\",\"process\",\"other\",null]",
                schema.at("/properties/action_items/items/properties/type/enum").toString());
        assertEquals("[\"open\",\"in-progress\",\"done\",\"not-doing\"]",
                schema.at("/properties/action_items/items/properties/status/enum").toString());
        assertEquals("date", schema.at("/properties/date/format").asText());
        assertEquals("date-time", schema.at("/properties/started/anyOf/1/format").asText());
    }

    @Test
    void describesEveryFieldWithATypeDescriptionAndExample() throws IOException {
        JsonNode properties = JSON.readTree(ProjectFolder.run("schema", "--config", "does-not-exist.yml").out())
                .get("properties");

        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("title", "id", "date", "authors", "status", "severity", "services", "team", "tags",
                "summary", "impact", "started", "detected", "mitigated", "resolved", "related", "action_items"), names);
        properties.properties().forEach(field -> {
            assertTrue(field.getValue().has("description"), field.getKey());
            assertTrue(field.getValue().has("type"), field.getKey());
            assertTrue(field.getValue().has("examples") || field.getValue().has("enum")
                    || field.getKey().equals("action_items"), field.getKey());
        });
    }

    @Test
    void printsTheSameSchemaTheBuildWritesIntoTheSite() throws IOException {
        ProjectFolder project = new ProjectFolder(temp).postmortem("first");
        assertEquals(0, project.build().exitCode());

        ProjectFolder.Run run = ProjectFolder.run("schema", "--config", project.config().toString());

        assertEquals(Files.readString(project.out().resolve("schema/postmortem.schema.json")), run.out());
    }

    @Test
    void reportsAnInvalidConfigAndExitsWithContentErrors() throws IOException {
        Path config = Files.writeString(temp.resolve("site.yml"), "timezone: Mars/Olympus\n");

        ProjectFolder.Run run = ProjectFolder.run("schema", "--config", config.toString());

        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
        assertTrue(run.err().contains("unknown timezone [Mars/Olympus]"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void reportsAConfigThatIsNotUtf8AsAProblemOfTheConfig() throws IOException {
        Path config = Files.write(temp.resolve("site.yml"), new byte[] {'t', 'i', 't', 'l', 'e', ':', ' ', (byte) 0xE9});

        ProjectFolder.Run run = ProjectFolder.run("schema", "--config", config.toString());

        assertEquals(ExitCode.CONTENT_ERRORS, run.exitCode());
        assertTrue(run.err().endsWith("site.yml:1:8: error: not valid UTF-8: byte [0xE9] at byte offset 7; "
                + "save the file as UTF-8 (encoding)\n"), run.err());
    }

    @Test
    void readsAConfigSavedWithAByteOrderMarkAndWindowsLineEnds() throws IOException {
        Path config = Files.write(temp.resolve("site.yml"),
                "\uFEFFtimezone: Mars/Olympus\r\n".getBytes(StandardCharsets.UTF_8));

        ProjectFolder.Run run = ProjectFolder.run("schema", "--config", config.toString());

        assertTrue(run.err().contains("site.yml:1:11: error: unknown timezone [Mars/Olympus]"), run.err());
    }

    @Test
    void acceptsEveryShippedPostmortemAndOneStartedFromTheTemplate() throws IOException {
        JsonSchema schema = schema(ProjectFolder.run("schema", "--config", "site-src/site.yml").out());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("postmortems"))) {
            files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".md")).sorted().toList());
        }
        files.add(Path.of(ProjectFolder.run("new", "Outage", "--source", temp.toString(), "--author", "a").out().strip()));
        assertTrue(files.size() > 10);

        for (Path file : files) {
            Set<ValidationMessage> problems = schema.validate(frontMatter(file));
            assertEquals(Set.of(), problems, file.toString());
        }
    }

    @Test
    void refusesFrontMatterThatHindsightRefuses() throws IOException {
        JsonSchema schema = schema(ProjectFolder.run("schema", "--config", "does-not-exist.yml").out());
        String valid = "title: t\ndate: 2026-01-01\nauthors: a\nstatus: complete\nservices: [s]\nsummary: s\n";

        assertEquals(Set.of(), schema.validate(YAML.readTree(valid + "team:\npriority_extra: kept\n")));
        for (String bad : List.of("severity: SEV9\n", "date: 2026-13-01\n", "started: yesterday\n",
                "action_items: [{title: t, owner: o, status: open, ticket: \"javascript:alert(1)\"}]\n",
                "action_items: [{title: t, owner: o, status: maybe}]\n", "authors: []\n", "id: ../../etc\n")) {
            String yaml = bad.startsWith("authors") || bad.startsWith("date")
                    ? valid.replaceFirst(bad.substring(0, bad.indexOf(':')) + ": [^\\n]*\\n", bad) : valid + bad;
            assertTrue(!schema.validate(YAML.readTree(yaml)).isEmpty(), bad);
        }
    }

    private static JsonSchema schema(String json) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(JSON.readTree(json), config);
    }

    private static JsonNode frontMatter(Path file) throws IOException {
        String text = Files.readString(file);
        int end = text.indexOf("\n---", 4);
        return YAML.readTree(text.substring(4, end + 1));
    }
}
