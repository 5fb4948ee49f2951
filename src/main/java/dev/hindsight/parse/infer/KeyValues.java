package dev.hindsight.parse.infer;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Metadata written as text: SRE-template sections ({@code ## Date} with the value below), key lines
 * ({@code **Severity:** SEV2}, {@code Severity: SEV2}) in the first screen of text, and the lines of
 * "Stats" or "Metadata" lists wherever they are. The first value of each key wins
 * (of dates, the first that names a day).
 */
final class KeyValues {

    /** What a key names. */
    enum Key { TITLE, DATE, AUTHORS, STATUS, SEVERITY, SERVICES, TAGS, SUMMARY, IMPACT }

    /** Lines from the top that a reader takes in at a glance, where key lines are looked for. */
    private static final int FIRST_SCREEN = 40;

    private static final Map<Key, List<String>> NAMES = new EnumMap<>(Map.of(
            Key.TITLE, List.of("title", "incident title", "incident name", "subject", "re", "short description", "titel", "titre",
                    "título", "titolo", "tytuł", "件名", "标题",
                    // a letter's or memo's subject line in other languages
                    "betreff", "objet", "asunto", "assunto", "oggetto", "onderwerp", "temat", "předmět", "predmet",
                    "tárgy", "konu", "тема", "относно", "ämne", "emne", "aihe", "subiect", "θέμα", "נושא", "主题",
                    "제목", "perihal", "naslov", "dotyczy", "kuhusu", "mada", "efni", "temats", "zadeva", "gaia", "subjekti",
                    "lënda", "perkara", "paksa", "თემა", "विषय", "বিষয়", "сэдэв", "мавзу", "موضوع"),
            Key.DATE, List.of("date", "incident date", "date of incident", "day", "when", "fecha", "datum", "data",
                    "data do incidente", "data dell'incidente", "date of occurrence", "date of outage", "outage date",
                    "incident start", "outage start", "downtime start", "incident window",
                    // "When:" in other languages
                    "wanneer", "wann", "quand", "cuándo", "cuando", "quando", "kiedy", "kdy", "kedy", "när", "når",
                    "hvornår", "milloin", "mikor", "ne zaman", "когда", "коли", "kada", "kdaj", "kada se dogodilo"),
            Key.AUTHORS, List.of("author", "authors", "written by", "postmortem author", "postmortem authors",
                    "prepared by", "auteur", "auteurs", "rédigé par", "autor", "autores", "autore", "verfasst von",
                    "opgesteld door", "作成者", "作者", "撰写人"),
            Key.STATUS, List.of("status", "postmortem status", "document status", "report status"),
            Key.SEVERITY, List.of("severity", "sev", "incident severity", "severity level", "gravité", "sévérité",
                    "schweregrad", "severidad", "gravidade", "gravità", "ernst", "重大度", "故障等级"),
            Key.SERVICES, List.of("service", "services", "affected service", "affected services", "affected system",
                    "affected systems", "systems affected", "component", "components", "affected components"),
            Key.TAGS, List.of("tags", "tag", "labels", "category", "categories"),
            Key.SUMMARY, List.of("summary", "tl;dr", "tldr", "incident summary"),
            Key.IMPACT, List.of("impact", "customer impact", "user impact", "business impact")));

    /**
     * Keys that name the incident's day in words of their own: any "Date ..." or "Datum ..." key but a
     * later day's ("Date of review", "Report date"), the moment it started ("Started at", "Opened",
     * "Event date", a form's "When did the breach start?", "T0 (first customer impact)"), and keys of
     * when it occurred in other languages (発生日時, 故障时间, 발생 일시, تاريخ الحادث, วันที่เกิดเหตุ, Thời
     * gian xảy ra, Tanggal kejadian, घटना की तिथि, Ημερομηνία, Időpont, a word before the date's as
     * Lithuanian writes it: Incidento data).
     */
    private static final Pattern INCIDENT_DAY_KEY = Pattern.compile("(?u)^(?:date|datum|dátum|data|fecha|dato|petsa"
            + "|tanggal)\\b|^\\p{L}+\\s+(?:data|datum|dátum|dato|fecha|datë)$|^(?:ημερομηνία|időpont|t0)$|तिथि|दिनांक"
            + "|^(?:incident|outage|event|impact|downtime|problem)\\s+(?:date|day|start|started|began|window|occurred)\\b"
            + "|^(?:start|started|started at|start time|opened|opened at|reported at|began|occurred|occurred on"
            + "|date of discovery|discovered|tarih|päivämäärä|zeitpunkt|dyddiad)$|^дата|日付|日期|発生|障害日|故障时间|发生时间"
            + "|事故时间|停线时间|停机时间|宕机时间|中断时间|开始时间|일시|날짜|^장애\\s*(?:시간|기간|발생|일자)|^تاريخ|^วันที่|xảy ra"
            + "|^\\p{L}+\\s+tarihi$|^έναρξη"
            // an outliner's property that names the day the incident fell on: "incident-du:: [[16 janv. 2025]]"
            + "|^(?:incident|outage|panne|incidente|incidencia|störung|vorfall|awaria|storing)[\\s_-]+(?:du|le|del|am|vom|do|da"
            + "|de|on|of|dnia|op)$"
            + "|^when did (?:the )?(?:\\p{L}+ ){1,2}(?:start|begin|occur|happen)\\??$");
    /**
     * A field written between colons, as reStructuredText's field lists and MyST write metadata
     * ({@code :Date: 2 September 2024}) and as a page converted from AsciiDoc keeps its attributes
     * ({@code :revdate: 2024-10-22}, the page's revision day): read as the key line it is.
     */
    private static final Pattern FIELD_BETWEEN_COLONS = Pattern.compile("^\\s*:([\\p{L}][^:\\n]{0,40}):\\s+(\\S.*)$");
    private static final Pattern LATER_DAY_KEY = Pattern.compile("(?u)\\b(?:review\\w*|report\\w*|publi\\w*|updat\\w*"
            + "|creat\\w*|due|target|meeting|next|revis\\w*|rapport|raport\\w*|modifi\\w*|draft|raised|filed|submitted"
            + "|logged|issued|closed|signed|laporan|revdate)\\b|報告|报告|复盘|更新|作成|έκδοσης");
    /**
     * A key that names the incident itself ("Incident: 2024-04-22 · Sev 3"): its day when its value
     * starts with one, as an "Incident: INC-1234" line names no day.
     */
    private static final Pattern EVENT_KEY = Pattern.compile("^(?:incident|outage|event|occurrence)$");
    /** Words of a date key that name the incident's day: "When", "Incident date", "Started at", "T0", 発生日. */
    private static final Pattern NAMES_THE_INCIDENT = Pattern.compile("(?u)\\b(?:when|incident|outage|event|occur\\w*"
            + "|start\\w*|began|downtime|impact|problem|kejadian|t0)\\b|घटना|発生|发生|故障|事故|xảy ra|الحادث|เกิดเหตุ");

    private static final List<String> METADATA_SECTIONS = List.of("stats", "metadata", "details", "incident details",
            "key facts", "at a glance", "overview", "incident information", "info");

    /**
     * A key line, also as a list item, a table row, an org-mode keyword ({@code #+DATE: <2018-04-02 Mon>})
     * or an outliner's property ({@code title:: Cache stampede}); also quoted, as a page sets its
     * facts apart: {@code > Incident: **Saturday 6 July 2024**, 02:10–05:45 AEST}.
     */
    /** A key in bold with its colon inside the marks: "**Priority:**". */
    private static final String BOLD_KEY = "(?:\\*\\*|__)\\p{L}[^*_\\n]{0,30}?[:：]\\s*(?:\\*\\*|__)";
    private static final Pattern BOLD_KEY_START = Pattern.compile("\\s*" + BOLD_KEY);
    private static final Pattern NEXT_BOLD_KEY = Pattern.compile("\\s+(?=" + BOLD_KEY + ")");
    private static final Pattern KEY_LINE = Pattern.compile("^(?:\\s{0,3}|\\s*+(?=[-*+]\\s))(?:>\\s*)?(?:[-*+]\\s+|\\|\\s*|#\\+)?(?:\\*\\*|__)?\\s*"
            + "(?<key>\\p{L}[\\p{L}\\p{M} ;/'’-]{0,30}?(?:\\s*\\([^()\\n]{1,12}\\))?\\??)\\s*(?:(?:\\*\\*|__)\\s*[:：]|[:：]\\s*(?:\\*\\*|__)|::?|："
            + "|(?:\\*\\*|__)?\\s*\\|)"
            + "\\s*(?<value>.+?)\\s*\\|?\\s*$");

    /** Where a line of metadata parts splits: "Facilitator: Yusuf · Incident occurred 2024-07-23". */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[·•]\\s+");
    /** A part that names its key without a colon, before a day: "Incident occurred 2024-07-23". */
    private static final Pattern WORDS_BEFORE_DAY = Pattern.compile("^(?<key>\\p{L}[\\p{L} ]{0,30}?)\\s+(?<value>\\d.*)$");

    private static final int MAX_DAY_ALONE = 60;
    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)[\\s#]*$");
    /** "Monday," or "London," beside the day; "UTC" after a time. */
    private static final int MAX_WORDS_BESIDE_A_DAY = 2;
    private static final Pattern WORDS = Pattern.compile("\\s+");

    /** A checklist item, whose day is its due day: "- [ ] Move exports 📅 2024-04-30". */
    private static final Pattern CHECKBOX = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+\\[[ xX]]");

    private static final Pattern DECORATION = Pattern.compile("[*_]");

    private static final Pattern TABLE_DELIMITER = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");

    private final Map<Key, Found<String>> values = new EnumMap<>(Key.class);
    private final Map<String, Found<String>> others = new TreeMap<>();
    private Found<String> dayAlone;
    private String dateKey;

    private KeyValues() {
    }

    static KeyValues read(String markdown, Outline outline) {
        KeyValues found = new KeyValues();
        for (int i = 0; i < outline.sections().size(); i++) {
            Outline.Section section = outline.sections().get(i);
            Optional<Key> key = key(section.name());
            if (key.isPresent() && section.level() > 0 && !section.blocks().isEmpty()) {
                found.put(key.get(), section.name(), Outline.text(section.blocks().get(0)),
                        "the \"" + section.title() + "\" section");
            }
            found.boldHeadings(section.blocks());
            section.blocks().stream().filter(b -> b instanceof TableBlock).forEach(t -> found.fieldsRow((TableBlock) t));
            if (METADATA_SECTIONS.contains(section.name())) {
                for (Node block : outline.under(i)) {
                    found.lines(block.getChars().toString(), "the \"" + section.title() + "\" list", Integer.MAX_VALUE,
                            false);
                }
            }
        }
        found.lines(markdown, "a key line near the top", FIRST_SCREEN, true);
        return found;
    }

    /**
     * A line in bold that names a key, as word processors' exports set a heading ({@code **Date**}),
     * with its value in the block below.
     */
    private void boldHeadings(List<Node> blocks) {
        for (int j = 0; j + 1 < blocks.size(); j++) {
            if (blocks.get(j) instanceof Paragraph paragraph && TitleFinder.isBoldLine(paragraph)) {
                String name = Outline.text(paragraph);
                Optional<Key> key = key(name);
                if (key.isPresent() && blocks.get(j + 1) instanceof Paragraph value) {
                    put(key.get(), name, Outline.text(value), "the \"" + name + "\" line in bold");
                }
            }
        }
    }

    /**
     * A table of one row whose header names its fields ({@code | Date | Severity |} over {@code |
     * 19 June 2024 | SEV3 |}), as wiki pages lay fields out across; one with a date among them, so
     * that a table of one action item ({@code | Title | Owner | Status |}) is none.
     */
    private void fieldsRow(TableBlock table) {
        List<Node> head = Tables.rows(table, true);
        List<Node> body = Tables.rows(table, false);
        if (head.size() != 1 || body.size() != 1) {
            return;
        }
        List<TableCell> names = Tables.cells(head.get(0));
        List<TableCell> values = Tables.cells(body.get(0));
        if (names.stream().noneMatch(name -> key(Outline.text(name)).equals(Optional.of(Key.DATE)))) {
            return;
        }
        for (int c = 0; c < Math.min(names.size(), values.size()); c++) {
            String name = Outline.text(names.get(c));
            String value = Outline.text(values.get(c));
            key(name).filter(k -> !value.isEmpty()).ifPresent(k -> put(k, name, value, "the \"" + name + "\" column"));
        }
    }

    /**
     * @param top whether the text is the document's top, where a day on a line of its own dates it; in
     *            a "Details" list further down such a day is any detail's, and a day above it the better one
     */
    private void lines(String text, String where, int limit, boolean top) {
        String[] lines = text.lines().flatMap(KeyValues::boldKeysApart).toArray(String[]::new);
        boolean fenced = false;
        boolean sections = false;
        for (int i = 0; i < Math.min(limit, lines.length); i++) {
            Matcher field = FIELD_BETWEEN_COLONS.matcher(lines[i]);
            String line = field.matches() ? field.group(1) + ": " + field.group(2) : lines[i];
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
            }
            Matcher heading = ATX_HEADING.matcher(line);
            sections |= heading.matches()
                    && TitleFinder.isSectionName(new Outline.Section(1, heading.group(1), List.of()).name());
            if (top && !fenced && !sections && dayAlone == null && isDayAlone(line)) {
                dayAlone = new Found<>(line.strip(), "a day on a line of its own near the top");
            }
            if (!fenced) {
                daysInParts(line, where);
            }
            Matcher matcher = KEY_LINE.matcher(line);
            if (fenced || !matcher.matches() || isHeaderOfWideTable(line, i + 1 < lines.length ? lines[i + 1] : "")) {
                continue;
            }
            String name = normalize(matcher.group("key"));
            String value = clean(matcher.group("value"));
            if (value.isEmpty()) {
                continue;
            }
            Optional<Key> key = key(name);
            if (key.isPresent()) {
                put(key.get(), name, value, where);
            } else if (EVENT_KEY.matcher(name).matches() && DateText.leading(value).isPresent()) {
                put(Key.DATE, name, value, where);
            } else {
                others.putIfAbsent(name, new Found<>(value, where));
            }
        }
    }

    /**
     * The incident's day in a part of a line of metadata that gives it without a colon ("Session held
     * 2024-07-25 · Incident occurred 2024-07-23"): a key line's parts after the first are its value's.
     */
    private void daysInParts(String line, String where) {
        String[] parts = PART_SEPARATOR.split(DECORATION.matcher(line).replaceAll("").strip());
        for (int p = 0; parts.length > 1 && p < parts.length; p++) {
            Matcher part = WORDS_BEFORE_DAY.matcher(parts[p].strip());
            if (part.matches() && key(part.group("key")).equals(Optional.of(Key.DATE))
                    && DateText.leading(part.group("value")).isPresent()) {
                put(Key.DATE, part.group("key"), part.group("value"), where);
            }
        }
    }

    /**
     * Whether a line heads a table of more than two columns ({@code | Title | Owner | Status |}): its
     * cells name columns. A two-column table's first row may well be a key and its value.
     */
    private static boolean isHeaderOfWideTable(String line, String next) {
        return TABLE_DELIMITER.matcher(next).matches()
                && line.strip().replaceAll("^\\||\\|$", "").split("\\|").length > 2;
    }

    /**
     * The first value wins, but a date that names a day wins over an earlier one that names only a time.
     *
     * @param name the key as written, which for a date tells whether it names the incident's day
     */
    private void put(Key key, String name, String value, String where) {
        if (!value.isBlank()) {
            Found<String> given = new Found<>(value.strip(), where);
            Found<String> kept = values.merge(key, given, (first, later) -> key == Key.DATE
                    && DateText.find(first.value()).isEmpty() && DateText.find(later.value()).isPresent()
                    ? later : first);
            if (key == Key.DATE && kept == given) {
                dateKey = normalize(name);
            }
        }
    }

    /**
     * Whether a day found {@code where} is the date key's and that key names the incident's day itself
     * ("When", "Incident date", "Started", 発生日), so that no other day the text names is the
     * incident's; a plain "Date" may be the document's own day, a meeting's or a review's.
     */
    boolean datesTheIncident(String where) {
        return dateKey != null && get(Key.DATE).map(Found::where).filter(where::equals).isPresent()
                && NAMES_THE_INCIDENT.matcher(dateKey).find();
    }

    /**
     * Whether a line gives a day and little else, as a metadata line without a key does: "- 📅
     * 2024.04.02", "Monday, 11th of March 2024", a letter's "London, 1 March 2024"; above the first
     * section ("## Summary") only, never in a table or a checklist item, and a
     * key line's day is the key's ("Published: 14 August 2024").
     */
    private static boolean isDayAlone(String line) {
        Optional<DateText.Found> day = DateText.find(line);
        if (day.isEmpty() || line.length() > MAX_DAY_ALONE || KEY_LINE.matcher(line).matches()
                || line.strip().startsWith("|") || CHECKBOX.matcher(line).find()) {
            return false;
        }
        String rest = (line.substring(0, day.get().start()) + " " + line.substring(day.get().end()))
                .replaceAll("\\d{1,2}:\\d{2}(?::\\d{2})?", " ");
        String words = rest.replaceAll("[^\\p{L}\\s]", " ").strip();
        return !rest.matches("(?s).*\\d.*") && (words.isEmpty() || WORDS.split(words).length <= MAX_WORDS_BESIDE_A_DAY);
    }

    /**
     * A line of several keys in bold, each a key line of its own: "**Status:** Closed  **Priority:**
     * High  **Channel:** Email", as a help desk's ticket heads itself.
     */
    private static Stream<String> boldKeysApart(String line) {
        return BOLD_KEY_START.matcher(line).lookingAt() ? NEXT_BOLD_KEY.splitAsStream(line) : Stream.of(line);
    }

    Optional<Found<String>> dayAlone() {
        return Optional.ofNullable(dayAlone);
    }

    /**
     * Whether a paragraph opens with a key line ({@code Author: Lee · Reviewed: 2022-09-20}), as a
     * Pandoc title block does once {@link MarkupLines} has rewritten it: metadata, not prose.
     */
    static boolean opensWithKeyLine(String paragraph) {
        return KEY_LINE.matcher(paragraph.strip().split("\n", 2)[0]).matches();
    }

    /** Whether text names a later day than the incident's: "Review held on", "Report date". */
    static boolean namesALaterDay(String text) {
        return LATER_DAY_KEY.matcher(text.toLowerCase(Locale.ROOT)).find();
    }

    /** The key of a key line, in lower case, or empty when the line is none. */
    static Optional<String> keyOf(String line) {
        Matcher matcher = KEY_LINE.matcher(line);
        return matcher.matches() ? Optional.of(normalize(matcher.group("key"))) : Optional.empty();
    }

    /** Whether a key line's key names one of {@link Key}'s fields, as "Status" does and "Incident" does not. */
    static boolean namesAField(String key) {
        return key(key).isPresent();
    }

    Optional<Found<String>> get(Key key) {
        return Optional.ofNullable(values.get(key));
    }

    /** A key line whose key is none of {@link Key}'s, such as {@code time to detection}. */
    Optional<Found<String>> other(String name) {
        return Optional.ofNullable(others.get(name));
    }

    private static Optional<Key> key(String name) {
        String wanted = normalize(name).replace('’', '\'');
        Optional<Key> named = NAMES.entrySet().stream().filter(e -> e.getValue().contains(wanted)).map(Map.Entry::getKey)
                .findFirst();
        return named.isPresent() || !INCIDENT_DAY_KEY.matcher(wanted).find() || LATER_DAY_KEY.matcher(wanted).find()
                ? named : Optional.of(Key.DATE);
    }

    /** A key in lower case without its remark in brackets: "Start time (UTC)" is "start time". */
    private static String normalize(String key) {
        return Outline.withoutRemarks(key.toLowerCase(Locale.ROOT)).replaceAll("\\s+", " ");
    }

    private static String clean(String value) {
        return value.replaceAll("(\\*\\*|__|`)", "").replaceAll("\\s+", " ").strip();
    }
}
