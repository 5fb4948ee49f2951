package dev.hindsight.parse;

import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Postmortem;

import java.util.Map;

/**
 * A postmortem read from its front matter (its body not yet rendered), with the positions of the
 * values that checks across the library may need to point at.
 *
 * @param positions where {@code id}, each {@code services[i]}, {@code tags[i]} and {@code related[i]}, and each
 *                  {@code action_items[i].ticket} were written
 */
public record FrontMatter(Postmortem postmortem, Map<String, Position> positions) {

    public FrontMatter {
        positions = Map.copyOf(positions);
    }

    public Position positionOf(String field) {
        return positions.getOrDefault(field, Position.START);
    }
}
