package dev.hindsight.author;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Another tool's front matter in TOML (Hugo's, between {@code +++} lines) rewritten as the same fields
 * in YAML, which the rest of migrate reads as it reads any other tool's YAML front matter. Dates and
 * times stay the text they were written as.
 */
final class TomlFrontMatter {

    private static final TomlMapper TOML = new TomlMapper();
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .build();

    /** The YAML, or why the TOML could not be read. */
    sealed interface Result permits Yaml, Unreadable {
    }

    record Yaml(String yaml) implements Result {
    }

    /** @param reason the TOML reader's words, and the file line when it names one */
    record Unreadable(String reason) implements Result {
    }

    private TomlFrontMatter() {
    }

    /** @param firstLine the file line the TOML starts on, so that a problem names the file's line */
    static Result asYaml(String toml, int firstLine) {
        try {
            JsonNode fields = TOML.readTree(toml);
            return new Yaml(fields.isEmpty() ? "" : YAML.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " on line " + (firstLine + e.getLocation().getLineNr() - 1);
            return new Unreadable(e.getOriginalMessage().strip() + where);
        }
    }
}
