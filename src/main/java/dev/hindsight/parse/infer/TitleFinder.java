package dev.hindsight.parse.infer;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.hindsight.source.SourceScanner;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The title a reader would give a postmortem: its first H1, unless H1 is what the document uses for
 * its sections; then a first H2 that names no section, above any text or over H3 sections; then a
 * title key line ({@code Title:}, org-mode's {@code #+TITLE:}), also under an H1 that only names the
 * kind of document ("NETWORK OUTAGE REPORT"), as is a line in bold right under such an H1, or a first line in bold (the next one when the first
 * only names the kind of document), or an HTML {@code <h1>} at the top; else its file name. A leading date or id
 * ({@code 2016-09-05 - }, {@code PM2021-005 - }) is not part of the title.
 */
final class TitleFinder {

    /** Section names of the postmortem templates in use: a heading that starts with one is no title. */
    static final List<String> SECTION_NAMES = List.of("summary", "impact", "background", "timeline", "root cause",
            "trigger", "resolution", "detection", "action item", "lessons learned", "stats", "metadata", "fallout",
            "thanks", "what happened", "contributing factor", "attendees", "supporting information", "follow-up",
            "remediation", "corrective action", "date", "authors", "status", "overview", "incident summary",
            "description", "details", "next steps", "participants", "glossary", "appendix", "executive summary",
            "problem", "analysis", "introduction", "context", "recovery", "mitigation", "what went", "chronology",
            "key moments", "résumé", "resumen", "resumo", "riepilogo", "sommario", "zusammenfassung", "samenvatting",
            "podsumowanie", "sammanfattning", "概要", "概述", "故障概述", "요약");
    /** Headings of a table of contents, which exports put above the title. */
    private static final List<String> CONTENTS = List.of("table of contents", "contents", "toc", "inhalt",
            "inhaltsverzeichnis", "sommaire", "table des matières", "índice", "indice", "spis treści", "目次", "目录");

    private static final Pattern LEADING_ID = Pattern.compile("^(?<id>[A-Za-z]{1,10}-?\\d[A-Za-z0-9.]*(?:-\\d+)*)"
            + "\\s*[-–—:]\\s+");
    private static final Pattern BOLD_LINE = Pattern.compile("(?:\\*\\*|__)([^*_\\n]*[^*_:\\s])(?:\\*\\*|__)");
    private static final Pattern WORDS = Pattern.compile("\\s+");
    /** "Timeline of events", "Summary of the incident": the most a section's name goes on for. */
    private static final int MAX_WORDS_AFTER = 3;
    /**
     * A heading that names the kind of document, "NETWORK OUTAGE REPORT" or "Incident review": with a
     * {@code Title:} line below it, that line is the title.
     */
    private static final Pattern DOCUMENT_KIND = Pattern.compile(
            "(?u)^(?:[\\p{L}-]+\\s+){0,3}(?:report|post-?mortem|post mortem|review|retrospective|rca|debrief)$"
            // other languages name the kind first: "Доклад за инцидент", "Rapport d'incident", "Informe de incidente"
            + "|^(?:доклад|отчет|отчёт|звіт|raport|rapport|bericht|informe|relatório|relatorio|rapporto|verslag|zpráva"
            + "|správa|izvješće|izvještaj|извештај|jelentés|ataskaita|aruanne|pārskats|raportti|rapor|αναφορά|דוח"
            + "|laporan|báo cáo|störungsbericht|incidentrapport|häiriöraportti)(?:\\s+[\\p{L}'’.-]+){0,3}$"
            + "|(?:报告|報告書|보고서)$");
    /** Where a bilingual heading's languages part: "Adroddiad Digwyddiad / Incident Report". */
    private static final Pattern LANGUAGES = Pattern.compile("\\s+/\\s+");
    private static final Pattern HTML_H1 = Pattern.compile("(?is)<h1\\b[^>]*>(.*?)</h1>");
    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:[-–—:_]+\\s*|\\s+)");
    /**
     * What a mail's subject or an issue form puts before a title: "FW: ", "Re: Fwd: ", an Indian
     * letter's "Sub: ", an issue form's label "[Postmortem]: "; a tag without the colon, a Reddit post's
     * "[Post-mortem] ..." or a mailing list's "[ops-announce]", is the author's and stays.
     */
    private static final Pattern SUBJECT_MARKS = Pattern.compile("(?i)^(?:(?:re|fwd?|aw|wg|tr|sv|vs|rv|sub|subject)"
            + "\\s*:\\s*|\\[(?:post-?mortem|post mortem|incident(?: report| review)?|pir|rca|retro(?:spective)?)]"
            + "\\s*:\\s*|\\[notebook]\\s+|board:\\s+)+");
    /**
     * A tracker's work item before its title, as Azure Boards copies one, "Bug 77314: UPI collect
     * requests timing out", Bugzilla "Bug 1893021 - …", a service desk "**Problem PRB-112** — …";
     * its kind and number are the postmortem's id.
     */
    private static final Pattern WORK_ITEM = Pattern.compile("(?i)^(?:\\*\\*|__)?(?<id>(?:bug|task|user story|product backlog item"
            + "|feature|epic|issue|impediment|problem)\\s+#?(?:[a-z]{2,6}-)?\\d+)(?:\\*\\*|__)?\\s*[:–—]\\s+");
    /**
     * A remark after a title that names the document: "… Lagos Region (Incident Write-up)". A severity
     * there, "(SEV-2)", stays: readers keep it.
     */
    private static final Pattern TRAILING_REMARK = Pattern.compile("(?i)\\s+\\((?:incident |outage )?"
            + "(?:write-?up|report|post-?mortem|review|retrospective|summary|rca|pir)\\)$");
    /** The number GitHub shows after an issue's or discussion's title: "… signed with the revoked key #2147". */
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s+#\\d{3,}$");
    /** A file name that says it holds a note before its subject: "note - staging db wiped". */
    private static final Pattern NOTE_NAME = Pattern.compile("(?i)^(?:quick )?notes?\\s+[-–—:]\\s+");
    /**
     * What sets a date apart from a title after it, "2022-03-08: Elevated errors"; "2023-09-27 cache
     * exhaustion", a wiki page's name, keeps its date as written.
     */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("^\\s*[-–—:_|]+\\s*");
    /**
     * A first line of its own over the rest of the document is a title when it has this many words
     * or more and ends in no punctuation, as a plain-text report's first line: "Incident Report IR-77:
     * Certificate expiry"; "Dear customer," and "Resolved" are none.
     */
    private static final int MIN_TITLE_LINE_WORDS = 3;
    /** "Our API was down. Here's what happened": sentences, not a title. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("[.!?]\\s+\\S");
    private static final Pattern LINE_END_MARK = Pattern.compile("[\\p{P}&&[^)\\]]]$");
    /** The most words a title line over fields has. */
    private static final int MAX_TITLE_LINE_WORDS = 20;
    private static final Pattern ISSUE_NUMBER = Pattern.compile("#\\d+");
    /**
     * A heading that is a chat channel's name, as a channel's export heads its messages: Mattermost's
     * "~inc-zalyshky-rozetka", Slack's "#inc-4471"; or a tracker's project, as Sourcehut heads its
     * tickets: "~ailsa/brochan". The postmortem is a message or a ticket in it.
     */
    private static final Pattern CHANNEL = Pattern.compile("[~#][\\p{L}\\p{N}_.-]+(?:/[\\p{L}\\p{N}_.-]+)?");
    /** A message's line in bold that heads a postmortem: "**Postmortem: Stock out of sync with the marketplace**". */
    private static final Pattern POSTMORTEM_LINE = Pattern.compile("(?iu)(?:post-?mortem|post mortem|постмортем"
            + "|пост-мортем|incident (?:report|review|summary)|rca|pir)\\s*[:—–-]\\s*\\S.*");
    /** A word before a colon, as each of a line of fields has: "**Base:** … · **Table:** Incidents". */
    private static final Pattern FIELD_KEY = Pattern.compile("\\p{L}[*_]*+:");
    /** A line of a page's links alone, as a site's chrome heads a saved page: "[Skip to main content](#main)". */
    private static final Pattern LINKS_ALONE = Pattern.compile("(?:\\[[^\\]\\n]*]\\([^)\\n]*\\)[\\s|·]*)+");
    /**
     * A tracker's number before an issue's title, "#231 Release tarballs 404": the page shows it
     * beside the title, which a reader gives without it. In brackets, "[#4521] Elevated error rates",
     * as an incident tool's export writes it, readers differ, and it stays.
     */
    private static final Pattern ISSUE_NUMBER_BEFORE = Pattern.compile("^#\\d+\\s+(?=\\S)");
    /** What a meeting tool puts around the meeting's name: "Meeting summary for … (06/11/2025)". */
    private static final Pattern MEETING_SUMMARY = Pattern.compile("(?i)^meeting (?:summary|recap|notes|minutes) for\\s+(.+?)"
            + "(?:\\s+\\(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}\\))?$");
    /** A line of navigation: places parted by {@code ›} or {@code »}, in bold or not. */
    private static final Pattern BREADCRUMBS = Pattern.compile("[^\\n›»]+(?:\\s[›»]\\s[^\\n›»]+)+");
    private static final Pattern DAILY_NOTE_ENTRY = Pattern.compile("^(?:[-*+]\\s+)?(?:\\*\\*|__)([^*_\\n]*[^*_:\\s])"
            + "(?:\\*\\*|__)(?:\\s+#\\S+)*\\s*$");
    /** A paragraph of images alone, with Pandoc's sizes after them: {@code ![](media/image1.png){width="1.8in"}}. */
    private static final Pattern IMAGES_ALONE = Pattern.compile("(?:!\\[[^\\]\\n]*]\\([^)\\n]*\\)(?:\\{[^}\\n]*})?\\s*)+");
    private static final Pattern SECTION_NUMBER = Pattern.compile("\\d{1,2}[.)]\\s");
    private static final int MAX_ONLY_HEADING_LEVEL = 3;
    private static final int MAX_FOLDER_WORDS = 4;
    /** An outliner's tags after an item: "#postmortem", "#[[SEV-2]]". */
    private static final Pattern OUTLINE_TAGS = Pattern.compile("(?:\\s+#(?:\\[\\[[^\\]]*]]|[\\p{L}\\p{N}_/-]+))+\\s*$");
    /** Headings under a lone H1 that make it the head of a document of sections. */
    private static final int MIN_SECTIONS_UNDER_TITLE = 2;
    /**
     * A first line that opens with a phrase in bold, after an emoji or a mark, also one written as a
     * shortcode inside the bold as Slack writes it ({@code **:rotating_light: INC-3307: Login 500s**}),
     * and at most a remark in brackets after it: "📢 **So, about Saturday's downtime…** (long post, sorry)";
     * also after a tracker's key and a dot, as YouTrack heads an issue: "INFRA-2231 · **Posztmortem: …**".
     * The shortcodes' group is possessive: Java repeats a backtracking group by recursion, and a line
     * of thousands of shortcodes would overflow the stack.
     */
    private static final Pattern BOLD_LEAD = Pattern.compile("^(?:[A-Z][A-Z0-9]*+-\\d++\\s*+[·|]\\s*+)?[^\\p{L}\\p{N}*_\\[\\n]*(?:\\*\\*|__)"
            + "(?::[a-z0-9][a-z0-9_+-]*+:\\s*+)*+([^*_\\n]*[^*_:\\s])"
            + "(?:\\*\\*|__)\\s*(?:\\([^()\\n]*\\))?\\s*$");

    /**
     * @param id      the id written before the title or the file name, if any
     * @param written the heading or file name as written, a date in it included
     */
    record Title(Found<String> title, Optional<Found<String>> id, String written) {
    }

    private TitleFinder() {
    }

    static Title find(Outline outline, KeyValues keys, String fileName) {
        // A heading with no text ("#" alone) is a reader's blank line, and a table of contents is
        // navigation: neither is a title or a section.
        List<Outline.Section> sections = outline.sections().stream()
                .filter(s -> s.level() == 0 || !s.title().isBlank() && !CONTENTS.contains(s.name())
                        && !CHANNEL.matcher(s.title().strip()).matches() && !isDayAlone(s.title())).toList();
        Optional<Found<String>> boldTitle = boldFirstLine(outline);
        List<Outline.Section> h1 = sectionsOnly(sections.stream().filter(s -> s.level() == 1).toList(), boldTitle);
        Optional<Outline.Section> first = sections.stream().filter(s -> s.level() > 0).findFirst();
        Optional<Found<String>> titleKey = keys.get(KeyValues.Key.TITLE);
        Optional<Outline.Section> underLetterhead = h1.size() == 1 ? titleUnderLetterhead(sections, titleKey.isEmpty())
                : Optional.empty();
        if (underLetterhead.isPresent()) {
            return withFileNameId(split(underLetterhead.get().title(), "the heading under the first"), fileName);
        }
        Optional<String> underKind = h1.isEmpty() || !namesTheKindOfDocument(h1.get(0).name()) ? Optional.empty()
                : boldLine(h1.get(0).blocks(), 0);
        if (underKind.isPresent()) {
            return withFileNameId(split(underKind.get(), "the line in bold under the kind of document"), fileName);
        }
        if (!h1.isEmpty() && (!namesASection(h1.get(0)) || headsEveryOther(sections, h1.get(0)))
                && !(titleKey.isPresent() && namesTheKindOfDocument(h1.get(0).name()))) {
            return withFileNameId(split(h1.get(0).title(), "the first heading"), fileName);
        }
        if (first.isPresent() && first.get().level() == 2 && !isSectionName(first.get().name())
                && (sections.get(0).blocks().isEmpty() || headsTheRest(sections, first.get()))) {
            return withFileNameId(split(first.get().title(), "the first heading"), fileName);
        }
        Optional<Found<String>> written = titleKey.or(() -> boldTitle).or(() -> htmlHeading(outline))
                .or(() -> lineOverFields(outline)).or(() -> boldPostmortemLine(outline))
                .or(() -> dailyNoteEntry(outline, sections.size() < outline.sections().size()))
                .or(() -> h1.isEmpty() ? lastHeading(sections) : Optional.empty())
                .or(() -> sections.size() == 1 ? outlineRoot(outline) : Optional.empty());
        if (written.isPresent()) {
            return withFileNameId(split(written.get().value(), written.get().where()), fileName);
        }
        Title named = split(fromFileName(fileName), "the file name");
        return new Title(named.title(), fileNameId(fileName), fileName);
    }

    /**
     * The H1s, or none when they are the document's sections, as a word processor's export or a
     * converted LaTeX report sets each section as a heading of the first level: when they are
     * numbered ("# 1. Opis zdarzenia", "# 2. Przyczyna"), or under a title in bold above them all.
     */
    private static List<Outline.Section> sectionsOnly(List<Outline.Section> h1, Optional<Found<String>> boldTitle) {
        boolean sections = h1.size() >= MIN_SECTIONS_UNDER_TITLE
                && (h1.stream().allMatch(s -> SECTION_NUMBER.matcher(s.title()).lookingAt()) || boldTitle.isPresent());
        return sections ? List.of() : h1;
    }

    /**
     * Whether a heading is the document's one H1, above sections that are all below it: a title, even
     * one that reads like a section's name ("# Root Cause Analysis" over "## 1. Executive summary").
     */
    private static boolean headsEveryOther(List<Outline.Section> sections, Outline.Section h1) {
        List<Outline.Section> headings = sections.stream().filter(s -> s.level() > 0).toList();
        return headings.size() > MIN_SECTIONS_UNDER_TITLE && headings.get(0) == h1
                && headings.stream().skip(1).allMatch(s -> s.level() > 1);
    }

    /**
     * Where nothing else is a title: a record's one heading under its breadcrumbs ("### INC-0457 —
     * Waiting room collapse"), or an outliner's heading bullet that heads the postmortem among a
     * journal's other lines ("- ## Post-mortem : expiration du certificat").
     */
    private static Optional<Found<String>> lastHeading(List<Outline.Section> sections) {
        return onlyHeading(sections).or(() -> sections.stream()
                        .filter(s -> s.level() > 1 && POSTMORTEM_LINE.matcher(s.title().strip()).matches()).findFirst())
                .map(s -> new Found<>(s.title(), "the one heading"));
    }

    /**
     * An outliner's page that is one list (Tana, Workflowy): its first item over the rest, tags after
     * it left out ("Search index rebuild wiped product facets #postmortem"); below an item that only
     * holds it ("Incident reviews FY24" over one item), the item it holds.
     */
    private static Optional<Found<String>> outlineRoot(Outline outline) {
        List<Node> blocks = outline.sections().get(0).blocks();
        if (blocks.isEmpty() || !(blocks.get(0) instanceof BulletList list) || !(list.getFirstChild() instanceof ListItem item)) {
            return Optional.empty();
        }
        ListItem root = item;
        for (Optional<ListItem> inner = holds(root); inner.isPresent(); inner = holds(root)) {
            root = inner.get();
        }
        if (children(root).isEmpty() || !(root.getFirstChild() instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        String text = OUTLINE_TAGS.matcher(paragraph.getChars().toString().strip().lines().findFirst().orElse(""))
                .replaceAll("").replace("[[", "").replace("]]", "").strip();
        return WORDS.split(text).length >= MIN_TITLE_LINE_WORDS ? Optional.of(new Found<>(text, "the outline's first item"))
                : Optional.empty();
    }

    private static Optional<BulletList> children(ListItem item) {
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof BulletList nested) {
                return Optional.of(nested);
            }
        }
        return Optional.empty();
    }

    /**
     * The item an outline's item only holds: its first, itself over items, when it is its only one or
     * the holder's text is a folder's few words ("Incident reviews FY24").
     */
    private static Optional<ListItem> holds(ListItem item) {
        Optional<BulletList> list = children(item);
        if (list.isEmpty() || !(list.get().getFirstChild() instanceof ListItem first) || children(first).isEmpty()) {
            return Optional.empty();
        }
        String text = item.getFirstChild() instanceof Paragraph paragraph ? Outline.text(paragraph) : "";
        return list.get().getFirstChild() == list.get().getLastChild() || WORDS.split(text).length <= MAX_FOLDER_WORDS
                ? Optional.of(first) : Optional.empty();
    }

    /** The document's one heading, of the second or third level and no section's name. */
    private static Optional<Outline.Section> onlyHeading(List<Outline.Section> sections) {
        List<Outline.Section> headings = sections.stream().filter(s -> s.level() > 0).toList();
        return headings.size() == 1 && headings.get(0).level() <= MAX_ONLY_HEADING_LEVEL
                && !isSectionName(headings.get(0).name()) ? Optional.of(headings.get(0)) : Optional.empty();
    }

    /**
     * Whether the first heading, an H2, is the only one of its level with every later heading below
     * it: the title of a document whose sections are H3, even under a line of breadcrumbs.
     */
    private static boolean headsTheRest(List<Outline.Section> sections, Outline.Section title) {
        List<Outline.Section> rest = sections.stream().filter(s -> s.level() > 0 && s != title).toList();
        return !rest.isEmpty() && rest.stream().allMatch(s -> s.level() > title.level());
    }

    /**
     * The H2 right under an H1 that has nothing below it, when every later heading is below that H2
     * or the H1 only names the kind of document ("# Postmortem") and no title key line follows: the
     * H1 is a letterhead, a company's or team's name ("# Acme Logistics") or the form's, over the title.
     */
    private static Optional<Outline.Section> titleUnderLetterhead(List<Outline.Section> sections, boolean noTitleKey) {
        for (int i = 0; i + 1 < sections.size(); i++) {
            if (sections.get(i).level() == 1) {
                Outline.Section next = sections.get(i + 1);
                List<Outline.Section> rest = sections.subList(i + 2, sections.size());
                boolean over = !rest.isEmpty() && rest.stream().allMatch(s -> s.level() > 2)
                        || noTitleKey && namesTheKindOfDocument(sections.get(i).name());
                boolean letterhead = sections.get(i).blocks().isEmpty() && next.level() == 2
                        && !isSectionName(next.name()) && over;
                return letterhead ? Optional.of(next) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a heading only names the kind of document ("Post-Incident Review"), in one of its
     * languages when it gives two, whatever remark in brackets follows ("(template v3.2)").
     */
    private static boolean namesTheKindOfDocument(String name) {
        return LANGUAGES.splitAsStream(Outline.withoutRemarks(name))
                .anyMatch(part -> DOCUMENT_KIND.matcher(part.strip()).matches());
    }

    /**
     * A first block that is one line in bold, as status pages and word processors' exports set a
     * title, or the bold line after it when it only names the kind of document ("Post-Incident
     * Review"); a bold key such as {@code **Date:** 2020-01-01} is no title.
     */
    static Optional<Found<String>> boldFirstLine(Outline outline) {
        List<Node> blocks = withoutLogo(outline.sections().get(0).blocks());
        Optional<String> first = boldLine(blocks, 0);
        Optional<String> second = boldLine(blocks, 1);
        if (first.isPresent() && second.isPresent() && namesTheKindOfDocument(first.get().toLowerCase(Locale.ROOT))) {
            return Optional.of(new Found<>(second.get(), "the second line in bold, under the kind of document"));
        }
        return first.map(line -> new Found<>(line, "the first line, in bold"));
    }

    /**
     * The first line anywhere that is in bold and heads a postmortem ({@link #POSTMORTEM_LINE}), as a
     * chat's export holds the write-up as one message among the others.
     */
    private static Optional<Found<String>> boldPostmortemLine(Outline outline) {
        return firstInBold(outline.sections().stream().flatMap(section -> section.blocks().stream())
                .filter(Paragraph.class::isInstance), BOLD_LINE, line -> POSTMORTEM_LINE.matcher(line).matches())
                .map(line -> new Found<>(line, "the line in bold that heads the postmortem"));
    }

    /** The first of the blocks' lines that {@code bold} matches whose text in bold {@code heads} accepts. */
    private static Optional<String> firstInBold(Stream<Node> blocks, Pattern bold, Predicate<String> heads) {
        return blocks.flatMap(block -> block.getChars().toString().lines())
                .map(line -> bold.matcher(line.strip())).filter(Matcher::matches).map(line -> line.group(1).strip())
                .filter(heads).findFirst();
    }

    /** Whether a heading is a day and nothing else, as an outliner names a daily note's page: "October 8th, 2024". */
    private static boolean isDayAlone(String heading) {
        return Inference.dayOf(heading.strip()).isPresent();
    }

    /**
     * In a daily note (a page headed by its day alone), the first entry that opens with a phrase in
     * bold of a title's length, as the postmortem's entry among the day's others, tags after it allowed:
     * "- **Intsidendi kokkuvõte: Smart-ID allkirjastamine katkes** #intsident".
     */
    private static Optional<Found<String>> dailyNoteEntry(Outline outline, boolean underDay) {
        if (!underDay) {
            return Optional.empty();
        }
        return firstInBold(outline.sections().stream().flatMap(section -> section.blocks().stream()), DAILY_NOTE_ENTRY,
                entry -> WORDS.split(entry).length >= MIN_TITLE_LINE_WORDS)
                .map(entry -> new Found<>(entry, "the daily note's entry in bold"));
    }

    /**
     * The blocks after the first ones of images or HTML tags alone: a letterhead's logo as a word
     * processor's export keeps it, a converted LaTeX title page's {@code <div class="center">}; or of
     * breadcrumbs, as a Teams channel's post is headed "Équipe IT Infrastructure › Canal : Incidents".
     */
    private static List<Node> withoutLogo(List<Node> blocks) {
        int first = 0;
        while (first < blocks.size() && (blocks.get(first) instanceof Paragraph paragraph && isLogoOrNavigation(paragraph)
                || blocks.get(first) instanceof HtmlBlock html && HTML_TAG.matcher(html.getChars()).replaceAll("").isBlank())) {
            first++;
        }
        return blocks.subList(first, blocks.size());
    }

    private static boolean isLogoOrNavigation(Paragraph paragraph) {
        String text = paragraph.getChars().toString().strip();
        return IMAGES_ALONE.matcher(text).matches() || BREADCRUMBS.matcher(text).matches();
    }

    private static Optional<String> boldLine(List<Node> blocks, int index) {
        if (blocks.size() <= index || !(blocks.get(index) instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        Matcher bold = BOLD_LEAD.matcher(paragraph.getChars().toString().strip());
        return bold.matches() ? Optional.of(bold.group(1).strip()) : Optional.empty();
    }

    /** An HTML {@code <h1>} in the first block, as a README-style page centres its title. */
    private static Optional<Found<String>> htmlHeading(Outline outline) {
        List<Node> blocks = outline.sections().get(0).blocks();
        if (blocks.isEmpty() || !(blocks.get(0) instanceof HtmlBlock html)) {
            return Optional.empty();
        }
        Matcher heading = HTML_H1.matcher(html.getChars());
        return heading.find() ? Optional.of(Escaping.unescapeHtml(HTML_TAG.matcher(heading.group(1)).replaceAll("")).strip())
                .filter(t -> !t.isEmpty()).map(t -> new Found<>(t, "the HTML heading")) : Optional.empty();
    }

    /**
     * The first line of a first paragraph whose other lines are fields or a number, as a ticket or an
     * issue page is pasted: "[OPS-2291] Nightly export wrote empty files" over "Type: Task", or a
     * title over "#812". A line of a few words, not a sentence, nor a key line but one that names the
     * kind of document ("Postmortem: broken installs").
     */
    static Optional<Found<String>> lineOverFields(Outline outline) {
        List<Node> blocks = outline.sections().get(0).blocks();
        if (blocks.isEmpty() || !(blocks.get(0) instanceof Paragraph paragraph) || !isTitleOverFields(paragraph)) {
            return Optional.empty();
        }
        return Optional.of(new Found<>(paragraph.getChars().toString().strip().lines().findFirst().orElseThrow().strip(),
                "the first line, over fields"));
    }

    /** Whether a paragraph is a title line over lines of fields or a number ({@link #lineOverFields}). */
    static boolean isTitleOverFields(Paragraph paragraph) {
        List<String> lines = paragraph.getChars().toString().strip().lines().toList();
        String first = lines.get(0).strip();
        int words = WORDS.split(first).length;
        if (lines.size() < 2 && (paragraph.getNext() == null || words < MIN_TITLE_LINE_WORDS
                || LINE_END_MARK.matcher(first).find())) {
            return false;
        }
        Optional<String> key = KeyValues.keyOf(first);
        // A line of its own that opens with a word and a colon is a title ("Incident: card payments
        // failed") unless the word names a field ("Status: resolved").
        return words <= MAX_TITLE_LINE_WORDS && !first.endsWith(".") && !SENTENCE_INSIDE.matcher(first).find()
                && !LINKS_ALONE.matcher(first).matches()
                && key.map(k -> DOCUMENT_KIND.matcher(k).matches() || lines.size() == 1 && !KeyValues.namesAField(k)
                        && FIELD_KEY.matcher(first).results().count() == 1)
                        .orElse(true)
                && lines.stream().skip(1).allMatch(line -> KeyValues.keyOf(line).isPresent()
                        || ISSUE_NUMBER.matcher(line.strip()).matches());
    }

    /** Whether a paragraph is one line in bold and nothing else: a title or a heading, never prose. */
    static boolean isBoldLine(Paragraph paragraph) {
        return BOLD_LINE.matcher(paragraph.getChars().toString().strip()).matches();
    }

    /** An id written before the title wins; else one written at the start of the file name. */
    private static Title withFileNameId(Title title, String fileName) {
        return title.id().isPresent() ? title : new Title(title.title(), fileNameId(fileName), title.written());
    }

    private static Optional<Found<String>> fileNameId(String fileName) {
        return withoutLeadingId(fileName).id().map(i -> new Found<>(i, "the file name"));
    }

    /**
     * Whether an H1 names a section, its parenthesised remark counted: "Timeline (PST)" does, "What
     * happened this weekend (and what we're doing about it)" is a title.
     */
    private static boolean namesASection(Outline.Section heading) {
        return isSectionName(heading.title().toLowerCase(Locale.ROOT).replaceAll("[()]", " ")
                .replaceAll("[\\s:.?!#*]+$", "").replaceAll("\\s+", " ").strip());
    }

    /**
     * Whether a heading names a section: it starts with a section name and says little more, as in
     * "Root causes" or "Timeline of events"; "Summary of the Storage Service Event in ..." is a title.
     */
    static boolean isSectionName(String name) {
        return SECTION_NAMES.stream().filter(name::startsWith)
                .anyMatch(section -> WORDS.split(name.substring(section.length()).strip()).length <= MAX_WORDS_AFTER);
    }

    /**
     * A file's name without extension, leading date or id, with its dashes and underscores as spaces;
     * a name written with spaces keeps its dashes as written ("Outage notes - payroll batch").
     */
    static String fromFileName(String fileName) {
        String name = SourceScanner.hasMarkdownExtension(fileName)
                ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String rest = NOTE_NAME.matcher(withoutLeadingDate(withoutLeadingId(withoutDayInName(name)).rest(), SEPARATOR))
                .replaceFirst("");
        String words = rest.replaceAll(rest.contains(" ") ? "_+" : "[-_]+", " ").strip();
        return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Title split(String text, String where) {
        String subject = SUBJECT_MARKS.matcher(text.strip()).replaceFirst("");
        Matcher meeting = MEETING_SUMMARY.matcher(subject);
        String named = meeting.matches() ? meeting.group(1) : subject;
        String unnumbered = ISSUE_NUMBER_BEFORE.matcher(named).replaceFirst("");
        String unmarked = WORDS.split(unnumbered).length >= MIN_TITLE_LINE_WORDS ? unnumbered : named;
        Split id = withoutLeadingId(WORDS.split(unmarked).length > MIN_TITLE_LINE_WORDS
                ? TRAILING_NUMBER.matcher(unmarked).replaceFirst("") : unmarked);
        String rest = TRAILING_REMARK.matcher(withoutLeadingDate(id.rest(), TITLE_SEPARATOR)).replaceFirst("");
        return new Title(new Found<>(rest.isEmpty() ? text.strip() : rest, where),
                id.id().map(i -> new Found<>(i, where)), text);
    }

    private record Split(Optional<String> id, String rest) {
    }

    private static Split withoutLeadingId(String text) {
        if (DateText.leading(text).isPresent()) {
            return new Split(Optional.empty(), text);
        }
        Matcher workItem = WORK_ITEM.matcher(text);
        if (workItem.find()) {
            return new Split(Optional.of(workItem.group("id")), text.substring(workItem.end()).strip());
        }
        Matcher matcher = LEADING_ID.matcher(text);
        return matcher.find() ? new Split(Optional.of(matcher.group("id")), text.substring(matcher.end()).strip())
                : new Split(Optional.empty(), text);
    }

    /** A file name without the day it starts with, written as a date or compact ({@code 20240311-}). */
    private static String withoutDayInName(String name) {
        return DateText.leadingInName(name).map(f -> SEPARATOR.matcher(name.substring(f.end())).replaceFirst(""))
                .orElse(name);
    }

    /** The text without the date it starts with, when {@code separator} sets the date apart or nothing follows it. */
    private static String withoutLeadingDate(String text, Pattern separator) {
        return DateText.find(text).filter(f -> f.start() == 0).map(f -> text.substring(f.end()))
                .filter(after -> after.isBlank() || separator.matcher(after).lookingAt())
                .map(after -> separator.matcher(after).replaceFirst("").strip())
                .orElse(text);
    }
}
