package dev.hindsight.model;

import java.util.List;

import static dev.hindsight.model.Field.Kind;

/**
 * The front matter's fields: the one table that the parser reads by, the schema is written from,
 * and the README's table of fields is checked against.
 */
public final class FrontMatterFields {

    public static final Field TITLE = new Field("title", Kind.TEXT, true, "What broke, in a few words.",
            "Deployer API outage");
    public static final Field ID = new Field("id", Kind.ID, false, "Stable id used in the page's URL; default: the "
            + "file name without its extension. Letters, digits, '.', '_' and '-', starting with a letter or digit, at "
            + "most 120 characters.", "2016-09-05-deployer-api-outage");
    public static final Field DATE = new Field("date", Kind.DATE, true, "The day the incident started (YYYY-MM-DD).",
            "2016-09-05");
    public static final Field AUTHORS = new Field("authors", Kind.NAMES, true,
            "One or more people or teams who wrote the postmortem.", "platform-oncall");
    public static final Field STATUS = new Field("status", Kind.STATUS, true, "Where the postmortem stands.",
            "complete");
    public static final Field SEVERITY = new Field("severity", Kind.SEVERITY, false, "How badly users were hurt.",
            "SEV2");
    public static final Field SERVICES = new Field("services", Kind.NAMES, true,
            "One or more services the incident involved.", "deployer-api");
    public static final Field TEAM = new Field("team", Kind.TEXT, false, "The team that owns the postmortem.",
            "platform");
    public static final Field TAGS = new Field("tags", Kind.NAMES, false,
            "Topics, for the tag pages; reuse existing tags where you can.", "aws");
    public static final Field SUMMARY = new Field("summary", Kind.TEXT, true,
            "One sentence under 300 characters: what happened, why, and for how long.",
            "The Deployer API was down for 31 minutes after its production ECS service was deleted.");
    public static final Field IMPACT = new Field("impact", Kind.TEXT, false,
            "Who or what was affected, how badly, and for how long.", "Users could not deploy from 09:29 to 10:00 UTC.");
    public static final Field STARTED = new Field("started", Kind.TIMESTAMP, false, "When impact began.",
            "2016-09-05T09:29:00Z");
    public static final Field DETECTED = new Field("detected", Kind.TIMESTAMP, false,
            "When we knew; not before started.", "2016-09-05T09:31:00Z");
    public static final Field MITIGATED = new Field("mitigated", Kind.TIMESTAMP, false,
            "When impact stopped for users; not before started.", "2016-09-05T09:52:00Z");
    public static final Field RESOLVED = new Field("resolved", Kind.TIMESTAMP, false,
            "When the incident was closed; not before mitigated.", "2016-09-05T10:00:00Z");
    public static final Field RELATED = new Field("related", Kind.NAMES, false,
            "Ids of other postmortems in this library.", "2016-06-14-registry-outage");
    public static final Field ACTION_ITEMS = new Field("action_items", Kind.ACTION_ITEMS, false,
            "Follow-ups, one entry each.", "- title: Restrict deletion of production services");

    /** Every field of a postmortem, in the order the template writes them. */
    public static final List<Field> POSTMORTEM = List.of(TITLE, ID, DATE, AUTHORS, STATUS, SEVERITY, SERVICES, TEAM,
            TAGS, SUMMARY, IMPACT, STARTED, DETECTED, MITIGATED, RESOLVED, RELATED, ACTION_ITEMS);

    public static final Field ITEM_TITLE = new Field("title", Kind.TEXT, true,
            "What will be done, starting with a verb.", "Restrict deletion of production ECS services");
    public static final Field ITEM_TYPE = new Field("type", Kind.ACTION_TYPE, false,
            "What the item does about the incident (default: other).", "prevent");
    public static final Field ITEM_OWNER = new Field("owner", Kind.TEXT, true, "The team or person who will drive it.",
            "platform-team");
    public static final Field ITEM_STATUS = new Field("status", Kind.ACTION_STATUS, true,
            "Where the item stands; open and in-progress items show on the action items page.", "open");
    public static final Field ITEM_PRIORITY = new Field("priority", Kind.PRIORITY, false,
            "Sorts items of the same due date; P1 first.", "P1");
    public static final Field ITEM_DUE = new Field("due", Kind.DATE, false,
            "The day it should be done (YYYY-MM-DD); open items past it are overdue.", "2016-09-30");
    public static final Field ITEM_TICKET = new Field("ticket", Kind.TICKET, false,
            "A tracker key or an http(s) link; other links are refused.",
            "https://github.com/example-org/platform/issues/123");
    public static final Field ITEM_CLOSED = new Field("closed", Kind.DATE, false,
            "The day it was done or dropped (YYYY-MM-DD), for the done counts and the days to close on the insights page.",
            "2016-09-28");

    /** Every field of one action item. */
    public static final List<Field> ACTION_ITEM = List.of(ITEM_TITLE, ITEM_TYPE, ITEM_OWNER, ITEM_STATUS, ITEM_PRIORITY,
            ITEM_DUE, ITEM_TICKET, ITEM_CLOSED);

    private FrontMatterFields() {
    }

    public static List<Field> required(List<Field> fields) {
        return fields.stream().filter(Field::required).toList();
    }
}
