package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.ActionItem;
import dev.hindsight.model.ActionStatus;
import dev.hindsight.model.ActionType;
import dev.hindsight.model.Body;
import dev.hindsight.model.Field;
import dev.hindsight.model.FrontMatterFields;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.Slugs;
import dev.hindsight.model.Term;
import dev.hindsight.model.Timestamps;
import dev.hindsight.source.SourceFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import static dev.hindsight.model.FrontMatterFields.*;

/** Converts a postmortem's front matter into a {@link Postmortem}, field by field. */
public final class PostmortemParser {

    private static final List<String> FIELDS = Field.keys(FrontMatterFields.POSTMORTEM);
    private static final List<String> ACTION_ITEM_FIELDS = Field.keys(FrontMatterFields.ACTION_ITEM);

    private final SiteConfig config;

    public PostmortemParser(SiteConfig config) {
        this.config = config;
    }

    /**
     * @return the postmortem as far as it could be read (every problem is reported), or empty when a
     *         required field could not be read; it may still have errors, so check {@code diagnostics}
     *         before publishing it
     */
    public Optional<FrontMatter> parse(SourceFile file, String yaml, int yamlFirstLine, Diagnostics diagnostics) {
        Optional<YamlNode> root = YamlReader.read(yaml, yamlFirstLine, diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(root.get().position(), "front-matter-not-mapping", "front matter must be fields written as "
                    + "\"key: value\", found " + root.get().kind());
            return Optional.empty();
        }
        return convert(file, mapping, diagnostics);
    }

    private Optional<FrontMatter> convert(SourceFile file, YamlNode.Mapping mapping, Diagnostics diagnostics) {
        FieldReader fields = new FieldReader(mapping, diagnostics, Position.START, "");
        fields.warnUnknownKeys(FIELDS);
        Map<FrontMatter.Value, Position> positions = new HashMap<>();

        Optional<String> title = fields.text(TITLE.key(), TITLE.required());
        String id = readId(file, fields, diagnostics, positions);
        Optional<LocalDate> date = fields.date(DATE.key(), DATE.required());
        List<String> authors = texts(fields.list(AUTHORS.key(), AUTHORS.required()));
        Optional<Term> status = fields.choice(STATUS.key(), STATUS.required(), config.statuses()::find, config.statuses().keys());
        Optional<Term> severity = fields.choice(SEVERITY.key(), SEVERITY.required(), config.severities()::find, config.severities().keys());
        List<String> services = texts(remember(FrontMatter.Service::new,
                fields.list(SERVICES.key(), SERVICES.required()), positions));
        Optional<String> team = fields.text(TEAM.key(), TEAM.required());
        List<String> tags = texts(remember(FrontMatter.Tag::new, fields.list(TAGS.key(), TAGS.required()),
                positions));
        Optional<String> summary = fields.text(SUMMARY.key(), SUMMARY.required());
        summary.ifPresent(s -> SummaryRules.check(s, fields.positionOf("summary"), diagnostics));
        Optional<String> impact = fields.text(IMPACT.key(), IMPACT.required());
        Timestamps timestamps = TimestampRules.read(fields, config.timezone(), diagnostics);
        List<FieldReader.Item> related = remember(FrontMatter.Related::new,
                fields.list(RELATED.key(), RELATED.required()), positions);
        List<ActionItem> actionItems = readActionItems(mapping, fields, diagnostics, positions);

        if (title.isEmpty() || date.isEmpty() || status.isEmpty() || summary.isEmpty() || authors.isEmpty()
                || services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(new Postmortem(id, file.displayPath(), file.libraryPath(), title.get(), date.get(), authors,
                status.get(), severity, services, team, tags, summary.get(), impact, timestamps, texts(related),
                actionItems, Body.EMPTY), positions));
    }

    private static String readId(SourceFile file, FieldReader fields, Diagnostics diagnostics,
                                 Map<FrontMatter.Value, Position> positions) {
        Optional<String> explicit = fields.text(ID.key(), ID.required());
        positions.put(new FrontMatter.Id(), fields.positionOf("id"));
        if (explicit.isPresent()) {
            IdRules.check(explicit.get(), fields.positionOf("id"), diagnostics);
            return explicit.get();
        }
        return defaultId(file.path());
    }

    /** A postmortem without an {@code id:} field is known by its file name, without the extension. */
    public static String defaultId(java.nio.file.Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return Slugs.of(dot > 0 ? name.substring(0, dot) : name);
    }

    private List<ActionItem> readActionItems(YamlNode.Mapping mapping, FieldReader fields, Diagnostics diagnostics,
                                             Map<FrontMatter.Value, Position> positions) {
        Optional<YamlNode.Entry> entry = fields.present(ACTION_ITEMS.key(), ACTION_ITEMS.required());
        if (entry.isEmpty()) {
            return List.of();
        }
        if (!(entry.get().value() instanceof YamlNode.Sequence sequence)) {
            diagnostics.error(entry.get().value().position(), "action-items", "action_items expects a list of items "
                    + "(each starting with \"- title: ...\"), found " + describe(entry.get().value()));
            return List.of();
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < sequence.items().size(); i++) {
            YamlNode node = sequence.items().get(i);
            String prefix = "action_items[" + (i + 1) + "].";
            if (!(node instanceof YamlNode.Mapping itemMapping)) {
                diagnostics.error(node.position(), "action-items", "action item " + (i + 1) + " must be fields such as "
                        + "title, owner and status, found " + describe(node) + "; write \"- title: ...\" with "
                        + "owner: and status: below it");
                continue;
            }
            FieldReader item = new FieldReader(itemMapping, diagnostics, itemMapping.position(), prefix, "action-item-");
            item.warnUnknownKeys(ACTION_ITEM_FIELDS);
            positions.put(new FrontMatter.Ticket(i), item.positionOf("ticket"));
            readActionItem(item, diagnostics).ifPresent(items::add);
        }
        return items;
    }

    private static Optional<ActionItem> readActionItem(FieldReader item, Diagnostics diagnostics) {
        Optional<String> title = item.text(ITEM_TITLE.key(), ITEM_TITLE.required());
        Optional<ActionType> type = item.choice(ITEM_TYPE.key(), ITEM_TYPE.required(), ActionType::find, ActionType.keys());
        Optional<String> owner = item.text(ITEM_OWNER.key(), ITEM_OWNER.required());
        Optional<ActionStatus> status = item.choice(ITEM_STATUS.key(), ITEM_STATUS.required(), ActionStatus::find, ActionStatus.keys());
        Optional<String> priority = item.text(ITEM_PRIORITY.key(), ITEM_PRIORITY.required());
        Optional<LocalDate> due = item.date(ITEM_DUE.key(), ITEM_DUE.required());
        Optional<String> ticket = item.text(ITEM_TICKET.key(), ITEM_TICKET.required());
        Optional<LocalDate> closed = item.date(ITEM_CLOSED.key(), ITEM_CLOSED.required());
        ticket.ifPresent(t -> TicketRules.check(t, item.positionOf("ticket"), diagnostics));
        if (title.isEmpty() || owner.isEmpty() || status.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ActionItem(title.get(), type.orElse(ActionType.OTHER), owner.get(), status.get(),
                priority, due, ticket, closed));
    }

    private static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar s && !s.isNull() ? "the text [" + s.text().strip() + "]" : node.kind();
    }

    /** Keeps where each value of a list was written, for the checks across the library. */
    private static List<FieldReader.Item> remember(IntFunction<FrontMatter.Value> value, List<FieldReader.Item> items,
                                                   Map<FrontMatter.Value, Position> positions) {
        for (int i = 0; i < items.size(); i++) {
            positions.put(value.apply(i), items.get(i).position());
        }
        return items;
    }

    private static List<String> texts(List<FieldReader.Item> items) {
        return items.stream().map(FieldReader.Item::text).toList();
    }
}
