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
import dev.hindsight.model.Vocabulary;
import dev.hindsight.parse.infer.Inference;
import dev.hindsight.parse.infer.Inferred;
import dev.hindsight.source.FrontMatterSplitter;
import dev.hindsight.source.SourceFile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;

import static dev.hindsight.model.FrontMatterFields.*;

/** Converts a postmortem's front matter into a {@link Postmortem}, field by field. */
public final class PostmortemParser {

    private static final List<String> FIELDS = Field.keys(FrontMatterFields.POSTMORTEM);
    private static final List<String> ACTION_ITEM_FIELDS = Field.keys(FrontMatterFields.ACTION_ITEM);

    /** Keys of other tools' front matter that are read ({@code author}, {@code categories}) or have no meaning here. */
    private static final List<String> FOREIGN_FIELDS = Stream.concat(FIELDS.stream(),
            Stream.of("author", "categories", "category", "layout", "permalink", "published", "excerpt", "publishdate",
                    "pubdate", "created", "updated", "lastmod")).toList();
    /**
     * Keys other tools date a post by, in the order they are looked for: Jekyll's, Hugo's, Hexo's,
     * Eleventy's and Docusaurus' {@code date}, Hugo's {@code publishDate}, Astro's {@code pubDate}. A
     * day the post was updated on ({@code updated}, {@code lastmod}) never dates it.
     */
    private static final List<String> POST_DAY_KEYS = List.of(DATE.key(), "publishDate", "pubDate");
    /**
     * The day a note was created, as Obsidian writes it: the document's own day, which an earlier day
     * its text names as the incident's precedes, so it is given to the inference rather than taken,
     * and as a hint, without a warning when it has a time.
     */
    private static final String CREATED = "created";

    private final SiteConfig config;
    private final Inference inference;

    public PostmortemParser(SiteConfig config) {
        this.config = config;
        this.inference = new Inference(config.statuses(), config.severities(), config.timezone());
    }

    /**
     * @return the postmortem as far as it could be read (every problem is reported), or empty when a
     *         required field could not be read; it may still have errors, so check {@code diagnostics}
     *         before publishing it
     */
    public Optional<FrontMatter> parse(SourceFile file, String yaml, int yamlFirstLine, Diagnostics diagnostics) {
        return mapping(new FrontMatterText(FrontMatterSplitter.Syntax.YAML, yaml, yamlFirstLine), diagnostics)
                .flatMap(m -> convert(file, m, Optional.empty(), diagnostics));
    }

    /**
     * Like {@link #parse}, for a file that may have no front matter or another tool's (see
     * {@link #isForeign}): what its front matter gives wins, the rest is inferred from
     * the body and the file name, and one warning says what was inferred and from where.
     *
     * @param frontMatter the front matter and the file line it starts on, when the file has one
     */
    public Optional<FrontMatter> read(SourceFile file, Optional<FrontMatterText> frontMatter, String body,
                                      Diagnostics diagnostics) {
        Optional<YamlNode.Mapping> mapping = frontMatter.isEmpty() ? Optional.of(EMPTY)
                : mapping(frontMatter.get(), diagnostics);
        return mapping.flatMap(m -> {
            Optional<String> opening = frontMatter.isEmpty() ? Optional.of(NO_FRONT_MATTER)
                    : frontMatter.get().isToml() ? Optional.of(TOML_FRONT_MATTER)
                    : isForeign(m) ? Optional.of(OTHER_TOOLS_FRONT_MATTER) : Optional.empty();
            return convert(file, m, opening.map(o -> new OtherTools(body, o)), diagnostics);
        });
    }

    private static final String NO_FRONT_MATTER = "no front matter, so the metadata was read from the text: ";
    private static final String OTHER_TOOLS_FRONT_MATTER = "front matter lacks two or more of Hindsight's required "
            + "fields (another tool's?), so the rest was read from the text: ";
    private static final String TOML_FRONT_MATTER = "front matter in TOML is another tool's (Hugo's, Zola's), so what "
            + "it leaves out was read from the text: ";

    /**
     * A file whose front matter is not Hindsight's, or which has none: what the front matter leaves out
     * is inferred from the body.
     *
     * @param opening how the one warning of what was inferred begins, saying why
     */
    private record OtherTools(String body, String opening) {
    }

    /**
     * Whether front matter is another tool's: it lacks two or more of Hindsight's required fields. A
     * Jekyll or Docusaurus block may well have a {@code status} or a {@code date}; one of Hindsight's
     * that forgot a field is still Hindsight's, and the missing field an error.
     */
    private static boolean isForeign(YamlNode.Mapping mapping) {
        List<Field> required = FrontMatterFields.required(FrontMatterFields.POSTMORTEM);
        return required.stream().filter(f -> mapping.get(f.key()).isEmpty()).count() > 1;
    }

    /**
     * The date of another tool's front matter: the day of its first {@link #POST_DAY_KEYS} key, or
     * MkDocs' mapping of days ({@code date:} over {@code created: 2024-02-14} and {@code updated: ...}),
     * of which the day it was created. A day as that tool writes it ({@code 2024/03/09 10:20:00},
     * {@code Jul 08 2024}) is read with a warning; a value that is no day is that tool's own
     * (Eleventy's {@code git Created}, R Markdown's inline code), so the day is inferred from the
     * text, as when the block has none.
     */
    private static Optional<LocalDate> foreignDate(YamlNode.Mapping mapping, FieldReader fields, Diagnostics diagnostics) {
        Optional<YamlNode> value = mapping.get(DATE.key()).map(YamlNode.Entry::value);
        if (value.isPresent() && value.get() instanceof YamlNode.Mapping days) {
            return new FieldReader(days, diagnostics, days.position(), DATE.key() + ".").date(CREATED, false);
        }
        return POST_DAY_KEYS.stream().filter(key -> mapping.get(key).isPresent()).findFirst()
                .flatMap(key -> otherToolsDay(fields, key, diagnostics));
    }

    private static Optional<LocalDate> otherToolsDay(FieldReader fields, String key, Diagnostics diagnostics) {
        return fields.date(key, false, (at, text) -> {
            Optional<LocalDate> day = Inference.dayOf(text);
            diagnostics.warning(at, "foreign-date", day.map(d -> key + " [" + text + "] of another tool's front matter "
                    + "is read as " + d + "; write date: " + d + " to say so plainly").orElse(key + " [" + text
                    + "] of another tool's front matter is no day, so the day is inferred from the text; write date: "
                    + "YYYY-MM-DD to set it"));
            return day;
        });
    }

    /**
     * A value of another tool's front matter that is none of the site's, such as Jekyll's
     * {@code status: published} or a status page's {@code severity: down}: that tool's, so it is
     * passed over with a warning, and the field is inferred.
     */
    private static BiConsumer<Position, String> otherToolsValue(Field field, Vocabulary vocabulary, Diagnostics diagnostics) {
        return (at, value) -> diagnostics.warning(at, "foreign-" + field.key(), field.key() + " [" + value
                + "] is none of the site's (" + String.join(", ", vocabulary.keys()) + "), so it is read as another "
                + "tool's and the " + field.key() + " is inferred; write one of the site's to set it");
    }

    private static final YamlNode.Mapping EMPTY = new YamlNode.Mapping(List.of(), Position.START);

    private static Optional<YamlNode.Mapping> mapping(FrontMatterText frontMatter, Diagnostics diagnostics) {
        Optional<YamlNode> root = frontMatter.read(diagnostics);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            diagnostics.error(root.get().position(), "front-matter-not-mapping", "front matter must be fields written as "
                    + "\"key: value\", found " + root.get().kind());
            return Optional.empty();
        }
        return Optional.of(mapping);
    }

    /**
     * @param otherTools for a file without front matter of Hindsight's, its body: what the front matter
     *                   leaves out is inferred from it
     */
    private Optional<FrontMatter> convert(SourceFile file, YamlNode.Mapping mapping, Optional<OtherTools> otherTools,
                                          Diagnostics diagnostics) {
        FieldReader fields = new FieldReader(mapping, diagnostics, Position.START, "");
        boolean strict = otherTools.isEmpty();
        Optional<String> inferFrom = otherTools.map(OtherTools::body);
        List<String> passedOver = List.of();
        if (strict) {
            fields.warnUnknownKeys(FIELDS);
        } else {
            passedOver = fields.passOverOtherToolsKeys(FIELDS, FOREIGN_FIELDS);
        }
        Map<FrontMatter.Value, Position> positions = new HashMap<>();

        Optional<String> title = fields.text(TITLE.key(), TITLE.required() && strict);
        Optional<LocalDate> created = inferFrom.flatMap(body -> fields.rawText(CREATED)).flatMap(Inference::dayOf);
        Optional<Inferred> inferred = inferFrom.map(body ->
                inference.infer(file.path().getFileName().toString(), body, title, created));
        String id = readId(file, fields, diagnostics, positions);
        Optional<LocalDate> date = strict ? fields.date(DATE.key(), DATE.required()) : foreignDate(mapping, fields, diagnostics);
        List<String> authors = texts(strict ? fields.list(AUTHORS.key(), AUTHORS.required())
                : fields.names(AUTHORS.key()));
        Optional<Term> status = strict
                ? fields.choice(STATUS.key(), STATUS.required(), this::status, config.statuses().keys())
                : fields.choice(STATUS.key(), false, this::status, otherToolsValue(STATUS, config.statuses(), diagnostics));
        Optional<Term> severity = strict
                ? fields.choice(SEVERITY.key(), SEVERITY.required(), config.severities()::find, config.severities().keys())
                : fields.choice(SEVERITY.key(), false, config.severities()::find,
                        otherToolsValue(SEVERITY, config.severities(), diagnostics));
        List<String> services = texts(remember(FrontMatter.Service::new,
                fields.list(SERVICES.key(), SERVICES.required() && strict), positions));
        Optional<String> team = fields.text(TEAM.key(), TEAM.required());
        List<String> tags = texts(remember(FrontMatter.Tag::new, fields.list(TAGS.key(), TAGS.required()),
                positions));
        Optional<String> summary = fields.text(SUMMARY.key(), SUMMARY.required() && strict);
        summary.ifPresent(s -> SummaryRules.check(s, fields.positionOf("summary"), diagnostics));
        Optional<String> impact = fields.text(IMPACT.key(), IMPACT.required());
        Timestamps timestamps = TimestampRules.read(fields, config.timezone(), diagnostics, !strict);
        List<FieldReader.Item> related = remember(FrontMatter.Related::new,
                fields.list(RELATED.key(), RELATED.required()), positions);
        List<ActionItem> actionItems = readActionItems(mapping, fields, diagnostics, positions);

        if (inferred.isPresent()) {
            Gaps gaps = new Gaps(inferred.get());
            Inferred found = inferred.get();
            List<String> jekyllAuthors = texts(fields.names("author"));
            List<String> jekyllTags = texts(fields.list("categories", false));
            jekyllTags = jekyllTags.isEmpty() ? texts(fields.list("category", false)) : jekyllTags;
            String filledTitle = gaps.fill("title", title, Optional.of(found.title())).orElseThrow();
            String inferredId = fields.rawText(ID.key()).isPresent() ? id
                    : gaps.fill("id", Optional.empty(), found.id()).orElse(id);
            Postmortem filled = new Postmortem(
                    inferredId, file.displayPath(), file.libraryPath(), filledTitle,
                    gaps.fill("date", date, found.date()),
                    gaps.fillList("authors", authors.isEmpty() ? jekyllAuthors : authors, found.authors()),
                    gaps.fill("status", status, found.status()).orElseGet(() -> gaps.defaulted(
                            "status " + config.adoption().defaultStatus().key(), config.adoption().defaultStatus())),
                    gaps.fill("severity", severity, found.severity()),
                    gaps.fillList("services", services, found.services()),
                    team,
                    gaps.fillList("tags", tags.isEmpty() ? jekyllTags : tags, found.tags()),
                    gaps.fill("summary", summary, found.summary()).orElse(""),
                    gaps.fill("impact", impact, found.impact()),
                    gaps.fill("timestamps", Optional.of(timestamps).filter(t -> !t.equals(Timestamps.NONE)),
                            found.timestamps()).orElse(Timestamps.NONE),
                    texts(related),
                    gaps.fillList("action_items", actionItems, found.actionItems()),
                    Body.EMPTY);
            if (filled.authors().isEmpty()) {
                gaps.defaulted("authors unknown");
            }
            if (filled.services().isEmpty()) {
                gaps.defaulted("services none");
            }
            if (filled.date().isEmpty()) {
                gaps.defaulted("no date, so it is listed as undated");
            }
            gaps.report(otherTools.get().opening(), passedOver, diagnostics);
            return Optional.of(new FrontMatter(filled, positions, true));
        }
        if (title.isEmpty() || date.isEmpty() || status.isEmpty() || summary.isEmpty() || authors.isEmpty()
                || services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(new Postmortem(id, file.displayPath(), file.libraryPath(), title.get(), date, authors,
                status.get(), severity, services, team, tags, summary.get(), impact, timestamps, texts(related),
                actionItems, Body.EMPTY), positions, false));
    }

    /** A configured status, or the default status, which migrate writes when a file names none. */
    private Optional<Term> status(String text) {
        Term fallback = config.adoption().defaultStatus();
        return config.statuses().find(text).or(() -> Optional.of(fallback).filter(t -> t.key().equalsIgnoreCase(text.strip())));
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
