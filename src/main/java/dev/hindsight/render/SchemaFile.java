package dev.hindsight.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.Term;
import dev.hindsight.model.Vocabulary;
import dev.hindsight.parse.DateValues;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schema (draft-07, the draft editors support best) of a postmortem's front matter, for
 * completion and validation in editors. Statuses and severities come from the site config.
 *
 * <p>The schema never refuses what Hindsight accepts, with one documented exception: enums list the
 * values as configured, while Hindsight also accepts them in another case. Unknown keys are allowed
 * because Hindsight only warns about them (and reads keys in any case), and a schema cannot warn.
 */
public final class SchemaFile implements Output {

    /** Where the build writes it in the site. */
    public static final String PATH = "schema/postmortem.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A web link, or anything without a scheme such as a tracker key. */
    private static final String TICKET = "^(?:https?://|(?![a-zA-Z][a-zA-Z0-9+.-]*:))";

    @Override
    public List<OutputFile> files(RenderContext context) {
        return List.of(new OutputFile(PATH, text(context.site()).getBytes(StandardCharsets.UTF_8)));
    }

    /** The schema, pretty-printed, ending with a newline. */
    public static String text(SiteConfig site) {
        try {
            return JSON.writeValueAsString(schema(site)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write the front matter schema", e);
        }
    }

    public static ObjectNode schema(SiteConfig site) {
        ObjectNode schema = JSON.createObjectNode()
                .put("$schema", "http://json-schema.org/draft-07/schema#")
                .put("title", "Hindsight postmortem front matter")
                .put("description", "The YAML between the --- lines at the top of a postmortem. Keys and "
                        + "vocabulary values are read case-insensitively by Hindsight; write them as listed here.")
                .put("type", "object");
        strings(schema.putArray("required"), "title", "date", "authors", "status", "services", "summary");
        ObjectNode p = schema.putObject("properties");
        text(p, "title", true, "What broke, in a few words.", "Deployer API outage");
        text(p, "id", false, "Stable id used in the page's URL; default: the file name without its extension. Letters, "
                + "digits, '.', '_' and '-', starting with a letter or digit, at most 120 characters.",
                "2016-09-05-deployer-api-outage", "number").put("pattern", "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,119}$");
        date(p, "date", true, "The day the incident started (YYYY-MM-DD).", "2016-09-05");
        names(p, "authors", true, "One or more people or teams who wrote the postmortem.", "platform-oncall");
        vocabulary(p, "status", true, "Where the postmortem stands.", site.statuses());
        vocabulary(p, "severity", false, "How badly users were hurt.", site.severities());
        names(p, "services", true, "One or more services the incident involved.", "deployer-api");
        text(p, "team", false, "The team that owns the postmortem.", "platform");
        names(p, "tags", false, "Topics, for the tag pages; reuse existing tags where you can.", "aws");
        text(p, "summary", true, "One sentence under 300 characters: what happened, why, and for how long.",
                "The Deployer API was down for 31 minutes after its production ECS service was deleted.");
        text(p, "impact", false, "Who or what was affected, how badly, and for how long.",
                "Users could not deploy from 09:29 to 10:00 UTC.");
        timestamp(p, "started", "When impact began.", "2016-09-05T09:29:00Z");
        timestamp(p, "detected", "When we knew; not before started.", "2016-09-05T09:31:00Z");
        timestamp(p, "mitigated", "When impact stopped for users; not before started.", "2016-09-05T09:52:00Z");
        timestamp(p, "resolved", "When the incident was closed; not before mitigated.", "2016-09-05T10:00:00Z");
        names(p, "related", false, "Ids of other postmortems in this library.", "2016-06-14-registry-outage");
        actionItems(p.putObject("action_items"));
        return schema;
    }

    private static void actionItems(ObjectNode field) {
        field.put("description", "Follow-ups, one entry each.").put("type", "array");
        ObjectNode item = field.putObject("items").put("type", "object");
        strings(item.putArray("required"), "title", "owner", "status");
        ObjectNode p = item.putObject("properties");
        text(p, "title", true, "What will be done, starting with a verb.", "Restrict deletion of production ECS services");
        choice(p, "type", false, "What the item does about the incident (default: other).", ActionType.keys());
        text(p, "owner", true, "The team or person who will drive it.", "platform-team");
        choice(p, "status", true, "Where the item stands; open and in-progress items show on the action items page.",
                ActionStatus.keys());
        text(p, "priority", false, "Sorts items of the same due date; P1 first.", "P1", "number");
        date(p, "due", false, "The day it should be done (YYYY-MM-DD); open items past it are overdue.", "2016-09-30");
        text(p, "ticket", false, "A tracker key or an http(s) link; other links are refused.",
                "https://github.com/example-org/platform/issues/123", "number").put("pattern", TICKET);
    }

    private static ObjectNode field(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("description", description);
    }

    /** A single value. An optional field may be left empty ({@code team:}), as Hindsight then ignores it. */
    private static ObjectNode text(ObjectNode properties, String name, boolean required, String description,
                                   String example, String... otherTypes) {
        ObjectNode field = field(properties, name, description);
        if (required && otherTypes.length == 0) {
            field.put("type", "string").put("minLength", 1);
        } else {
            ArrayNode types = field.putArray("type").add("string");
            strings(types, otherTypes);
            if (!required) {
                types.add("null");
            }
        }
        field.putArray("examples").add(example);
        return field;
    }

    private static void date(ObjectNode properties, String name, boolean required, String description, String example) {
        text(properties, name, required, description, example).put("format", "date");
    }

    /** RFC 3339 is best; without an offset, Hindsight reads the time in the site's time zone. */
    private static void timestamp(ObjectNode properties, String name, String description, String example) {
        ObjectNode field = field(properties, name, description + " ISO 8601, ending in Z or an offset such as "
                + "+02:00; without one, the site's time zone.");
        strings(field.putArray("type"), "string", "null");
        ArrayNode anyOf = field.putArray("anyOf");
        anyOf.addObject().put("type", "null");
        anyOf.addObject().put("format", "date-time");
        anyOf.addObject().put("pattern", "^" + DateValues.TIMESTAMP + "$");
        field.putArray("examples").add(example);
    }

    /** A list of names; Hindsight also takes a single name without brackets. */
    private static void names(ObjectNode properties, String name, boolean required, String description, String example) {
        ObjectNode field = field(properties, name, description + " A single value needs no brackets.");
        ArrayNode types = strings(field.putArray("type"), "array", "string");
        if (required) {
            field.put("minItems", 1).put("minLength", 1);
        } else {
            types.add("null");
        }
        field.putObject("items").put("type", "string").put("minLength", 1);
        field.putArray("examples").addArray().add(example);
    }

    private static void vocabulary(ObjectNode properties, String name, boolean required, String description,
                                   Vocabulary terms) {
        StringBuilder labels = new StringBuilder(description).append(" Configured in site.yml:");
        for (Term term : terms.terms()) {
            labels.append(' ').append(term.key()).append(term.label().equals(term.key()) ? "" : " (" + term.label() + ")")
                    .append(term == terms.terms().get(terms.terms().size() - 1) ? "." : ",");
        }
        choice(properties, name, required, labels.toString(), terms.keys());
    }

    private static void choice(ObjectNode properties, String name, boolean required, String description,
                               List<String> values) {
        ObjectNode field = field(properties, name, description);
        if (required) {
            field.put("type", "string");
        } else {
            strings(field.putArray("type"), "string", "null");
        }
        ArrayNode allowed = field.putArray("enum");
        values.forEach(allowed::add);
        if (!required) {
            allowed.addNull();
        }
    }

    private static ArrayNode strings(ArrayNode array, String... values) {
        for (String value : values) {
            array.add(value);
        }
        return array;
    }
}
