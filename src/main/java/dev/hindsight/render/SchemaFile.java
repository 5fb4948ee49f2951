package dev.hindsight.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Field;
import dev.hindsight.model.FrontMatterFields;
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
        properties(schema, FrontMatterFields.POSTMORTEM, site);
        return schema;
    }

    /** The fields' properties and the list of the required ones, from the one table of fields. */
    private static void properties(ObjectNode object, List<Field> fields, SiteConfig site) {
        ArrayNode required = object.putArray("required");
        FrontMatterFields.required(fields).forEach(f -> required.add(f.key()));
        ObjectNode p = object.putObject("properties");
        for (Field f : fields) {
            switch (f.kind()) {
                case TEXT -> text(p, f);
                case PRIORITY -> text(p, f, "number");
                case ID -> text(p, f, "number").put("pattern", "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,119}$");
                case DATE -> text(p, f).put("format", "date");
                case TIMESTAMP -> timestamp(p, f);
                case NAMES -> names(p, f);
                case STATUS -> vocabulary(p, f, site.statuses());
                case SEVERITY -> vocabulary(p, f, site.severities());
                case ACTION_TYPE -> choice(p, f, f.description(), ActionType.keys());
                case ACTION_STATUS -> choice(p, f, f.description(), ActionStatus.keys());
                case TICKET -> text(p, f, "number").put("pattern", TICKET);
                case ACTION_ITEMS -> actionItems(field(p, f.key(), f.description()), site);
                default -> throw new IllegalStateException("no schema for " + f.kind());
            }
        }
    }

    private static void actionItems(ObjectNode field, SiteConfig site) {
        field.put("type", "array");
        properties(field.putObject("items").put("type", "object"), FrontMatterFields.ACTION_ITEM, site);
    }

    private static ObjectNode field(ObjectNode properties, String name, String description) {
        return properties.putObject(name).put("description", description);
    }

    /** A single value. An optional field may be left empty ({@code team:}), as Hindsight then ignores it. */
    private static ObjectNode text(ObjectNode properties, Field f, String... otherTypes) {
        ObjectNode field = field(properties, f.key(), f.description());
        boolean required = f.required();
        if (required && otherTypes.length == 0) {
            field.put("type", "string").put("minLength", 1);
        } else {
            ArrayNode types = field.putArray("type").add("string");
            strings(types, otherTypes);
            if (!required) {
                types.add("null");
            }
        }
        field.putArray("examples").add(f.example());
        return field;
    }

    /** RFC 3339 is best; without an offset, Hindsight reads the time in the site's time zone. */
    private static void timestamp(ObjectNode properties, Field f) {
        ObjectNode field = field(properties, f.key(), f.description() + " ISO 8601, ending in Z or an offset such as "
                + "+02:00; without one, the site's time zone.");
        strings(field.putArray("type"), "string", "null");
        ArrayNode anyOf = field.putArray("anyOf");
        anyOf.addObject().put("type", "null");
        anyOf.addObject().put("format", "date-time");
        anyOf.addObject().put("pattern", "^" + DateValues.TIMESTAMP + "$");
        field.putArray("examples").add(f.example());
    }

    /** A list of names; Hindsight also takes a single name without brackets. */
    private static void names(ObjectNode properties, Field f) {
        ObjectNode field = field(properties, f.key(), f.description() + " A single value needs no brackets.");
        ArrayNode types = strings(field.putArray("type"), "array", "string");
        if (f.required()) {
            field.put("minItems", 1).put("minLength", 1);
        } else {
            types.add("null");
        }
        field.putObject("items").put("type", "string").put("minLength", 1);
        field.putArray("examples").addArray().add(f.example());
    }

    private static void vocabulary(ObjectNode properties, Field f, Vocabulary terms) {
        StringBuilder labels = new StringBuilder(f.description()).append(" Configured in site.yml:");
        for (Term term : terms.terms()) {
            labels.append(' ').append(term.key()).append(term.label().equals(term.key()) ? "" : " (" + term.label() + ")")
                    .append(term == terms.terms().get(terms.terms().size() - 1) ? "." : ",");
        }
        choice(properties, f, labels.toString(), terms.keys());
    }

    private static void choice(ObjectNode properties, Field f, String description, List<String> values) {
        ObjectNode field = field(properties, f.key(), description);
        boolean required = f.required();
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
