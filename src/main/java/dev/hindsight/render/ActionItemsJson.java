package dev.hindsight.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.model.TrackedAction;

import java.time.LocalDate;
import java.util.List;

/**
 * Action items as JSON: {@code {"version": 1, "as_of": "2026-11-25", "action_items": [...]}}, one
 * object per item with every column of {@link ActionItemColumns}, {@code null} when unknown. Like
 * postmortems.json it is versioned: fields are only ever added; a change that could break a reader
 * raises {@link #VERSION}.
 */
public final class ActionItemsJson {

    public static final int VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ActionItemsJson() {
    }

    public static String write(ActionItemColumns columns, List<TrackedAction> items, LocalDate today) {
        ObjectNode root = JSON.createObjectNode().put("version", VERSION).put("as_of", today.toString());
        ArrayNode array = root.putArray("action_items");
        for (TrackedAction item : items) {
            ObjectNode row = array.addObject();
            columns.all().forEach(c -> row.set(c.name(), JSON.valueToTree(c.value().apply(item))));
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Failed to write action items as JSON", e);
        }
    }
}
