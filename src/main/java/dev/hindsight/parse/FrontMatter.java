package dev.hindsight.parse;

import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.Postmortem;

import java.util.Map;

/**
 * A postmortem read from its front matter (its body not yet rendered), with the positions of the
 * values that checks across the library may need to point at.
 *
 * @param positions where the values that rules across the library point at were written
 * @param inferred  whether some of it was read from the body, the file having no front matter of Hindsight's
 */
public record FrontMatter(Postmortem postmortem, Map<Value, Position> positions, boolean inferred) {

    public FrontMatter {
        positions = Map.copyOf(positions);
    }

    public Position positionOf(Value value) {
        return positions.getOrDefault(value, Position.START);
    }

    /** A value of the front matter that a rule across the library may point at. */
    public sealed interface Value permits Id, Service, Tag, Related, Ticket {
    }

    /** The {@code id} field, or where it would be. */
    public record Id() implements Value {
    }

    /** Entry {@code index} (from 0) of {@code services}. */
    public record Service(int index) implements Value {
    }

    /** Entry {@code index} (from 0) of {@code tags}. */
    public record Tag(int index) implements Value {
    }

    /** Entry {@code index} (from 0) of {@code related}. */
    public record Related(int index) implements Value {
    }

    /** The {@code ticket} of action item {@code index} (from 0). */
    public record Ticket(int index) implements Value {
    }
}
