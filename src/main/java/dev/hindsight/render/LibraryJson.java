package dev.hindsight.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.FrontMatterFields;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Publishing;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.Term;
import dev.hindsight.model.Timestamps;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code postmortems.json}: the whole library's metadata for other tools. Its shape is a public,
 * versioned format (README.md, "postmortems.json"): fields are only ever added; a change that could
 * break a reader raises {@link #VERSION}. Every field is always present, {@code null} when unknown,
 * so that readers need not guess whether a field exists.
 */
final class LibraryJson implements Output {

    static final String PATH = "postmortems.json";
    static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public List<OutputFile> files(RenderContext context) {
        return List.of(new OutputFile(PATH, () -> bytes(library(context))));
    }

    private static ObjectNode library(RenderContext context) {
        SiteConfig site = context.site();
        ObjectNode root = JSON.createObjectNode().put("version", VERSION);
        root.putObject("site")
                .put("title", site.title())
                .put("description", site.description())
                .put("base_url", site.publishing().baseUrl().orElse(null))
                .put("timezone", site.timezone().getId());
        ArrayNode postmortems = root.putArray("postmortems");
        context.library().postmortems().forEach(p -> postmortem(postmortems.addObject(), p, site.publishing()));
        return root;
    }

    /** The front-matter fields by name in the order of {@link FrontMatterFields}, then what the site made of them. */
    private static void postmortem(ObjectNode json, Postmortem p, Publishing publishing) {
        json.put("title", p.title()).put("id", p.id()).put("date", p.date().map(LocalDate::toString).orElse(null));
        strings(json.putArray("authors"), p.authors());
        json.put("status", p.status().key())
                .put("severity", p.severity().map(Term::key).orElse(null));
        strings(json.putArray("services"), p.services());
        json.put("team", p.team().orElse(null));
        strings(json.putArray("tags"), p.tags());
        json.put("summary", p.summary()).put("impact", p.impact().orElse(null));
        Timestamps times = p.timestamps();
        json.put("started", moment(times.started()))
                .put("detected", moment(times.detected()))
                .put("mitigated", moment(times.mitigated()))
                .put("resolved", moment(times.resolved()));
        strings(json.putArray("related"), p.related());
        ArrayNode items = json.putArray("action_items");
        p.actionItems().forEach(item -> actionItem(items.addObject(), item));

        String path = Urls.postmortem(p);
        json.put("path", path)
                .put("url", publishing.absolute(path).orElse(null))
                .put("source", p.libraryPath());
        // "duration" is time_to_resolve under its version-1 name, kept so that readers of version 1 keep working.
        json.putObject("durations_seconds")
                .put("duration", seconds(times.timeToResolve()))
                .put("time_to_detect", seconds(times.timeToDetect()))
                .put("time_to_mitigate", seconds(times.timeToMitigate()))
                .put("time_to_resolve", seconds(times.timeToResolve()));
    }

    private static void actionItem(ObjectNode json, ActionItem item) {
        json.put("title", item.title())
                .put("type", item.type().key())
                .put("owner", item.owner())
                .put("status", item.status().key())
                .put("priority", item.priority().orElse(null))
                .put("due", item.due().map(Object::toString).orElse(null))
                .put("ticket", item.ticket().orElse(null))
                .put("closed", item.closed().map(Object::toString).orElse(null));
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String moment(Optional<OffsetDateTime> time) {
        return time.map(Format::moment).orElse(null);
    }

    private static Long seconds(Optional<Duration> duration) {
        return duration.map(Duration::getSeconds).orElse(null);
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return (JSON.writeValueAsString(json) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write " + PATH, e);
        }
    }
}
