package dev.hindsight.author;

import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Term;
import dev.hindsight.parse.PostmortemParser;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A postmortem's metadata as the YAML front matter Hindsight reads, fields in the order of the
 * template. A required field that nothing gave is written as {@value #UNKNOWN}, so the file checks
 * clean and the gap is plain to see; a missing date cannot be made up, so it is left out.
 */
final class FrontMatterWriter {

    static final String UNKNOWN = "unknown";

    private FrontMatterWriter() {
    }

    static String write(Postmortem p, Path file) {
        StringBuilder yaml = new StringBuilder("---\n");
        line(yaml, "title", YamlText.scalar(p.title()));
        if (!p.id().equals(PostmortemParser.defaultId(file))) {
            line(yaml, "id", YamlText.scalar(p.id()));
        }
        p.date().ifPresent(d -> line(yaml, "date", d.toString()));
        line(yaml, "authors", YamlText.list(p.authors().isEmpty() ? List.of(UNKNOWN) : p.authors()));
        line(yaml, "status", YamlText.scalar(p.status().key()));
        p.severity().map(Term::key).ifPresent(s -> line(yaml, "severity", YamlText.scalar(s)));
        line(yaml, "services", YamlText.list(p.services().isEmpty() ? List.of(UNKNOWN) : p.services()));
        p.team().ifPresent(t -> line(yaml, "team", YamlText.scalar(t)));
        if (!p.tags().isEmpty()) {
            line(yaml, "tags", YamlText.list(p.tags()));
        }
        line(yaml, "summary", YamlText.scalar(p.summary().isEmpty() ? p.title() : p.summary()));
        p.impact().ifPresent(i -> line(yaml, "impact", YamlText.scalar(i)));
        moment(yaml, "started", p.timestamps().started());
        moment(yaml, "detected", p.timestamps().detected());
        moment(yaml, "mitigated", p.timestamps().mitigated());
        moment(yaml, "resolved", p.timestamps().resolved());
        if (!p.related().isEmpty()) {
            line(yaml, "related", YamlText.list(p.related()));
        }
        if (!p.actionItems().isEmpty()) {
            yaml.append("action_items:\n");
            p.actionItems().forEach(item -> actionItem(yaml, item));
        }
        return yaml.append("---\n").toString();
    }

    private static void actionItem(StringBuilder yaml, ActionItem item) {
        yaml.append("  - title: ").append(YamlText.scalar(item.title())).append('\n');
        if (item.type() != ActionType.OTHER) {
            yaml.append("    type: ").append(item.type().key()).append('\n');
        }
        yaml.append("    owner: ").append(YamlText.scalar(item.owner())).append('\n');
        yaml.append("    status: ").append(item.status().key()).append('\n');
        item.priority().ifPresent(v -> yaml.append("    priority: ").append(YamlText.scalar(v)).append('\n'));
        item.due().ifPresent(v -> yaml.append("    due: ").append(v).append('\n'));
        item.ticket().ifPresent(v -> yaml.append("    ticket: ").append(YamlText.scalar(v)).append('\n'));
        item.closed().ifPresent(v -> yaml.append("    closed: ").append(v).append('\n'));
    }

    private static void moment(StringBuilder yaml, String key, Optional<OffsetDateTime> time) {
        time.ifPresent(t -> line(yaml, key, t.toString()));
    }

    private static void line(StringBuilder yaml, String key, String value) {
        yaml.append(key).append(": ").append(value).append('\n');
    }
}
