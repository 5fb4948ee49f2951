package dev.hindsight.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A valid postmortem as text, with every field overridable, so that a test states only what it is about.
 * Values are written verbatim as YAML.
 */
public final class PostmortemText {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String body = """
            ## Summary
            What happened.

            ## Impact
            Who was hurt.

            ## Root Causes
            Why.

            ## Trigger
            What set it off.

            ## Resolution
            How it ended.

            ## Detection
            How we knew.

            ## Action Items
            See the tracker.

            ## Lessons Learned
            Plenty.

            ## Timeline
            | Time | Event |
            | --- | --- |
            | 09:00 | It began |

            ## Supporting Information
            None.
            """;

    private PostmortemText(String title, String date) {
        fields.put("title", title);
        fields.put("date", date);
        fields.put("authors", "[alice]");
        fields.put("status", "complete");
        fields.put("severity", "SEV2");
        fields.put("services", "[api]");
        fields.put("summary", "Something broke for a while.");
    }

    public static PostmortemText titled(String title, String date) {
        return new PostmortemText(title, date);
    }

    public PostmortemText with(String key, String yamlValue) {
        fields.put(key, yamlValue);
        return this;
    }

    public PostmortemText without(String key) {
        fields.remove(key);
        return this;
    }

    public PostmortemText body(String markdown) {
        this.body = markdown;
        return this;
    }

    public String text() {
        return "---\n" + fields.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")) + "\n---\n" + body;
    }

    @Override
    public String toString() {
        return text();
    }
}
