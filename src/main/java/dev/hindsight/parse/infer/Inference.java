package dev.hindsight.parse.infer;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import dev.hindsight.model.Slugs;
import dev.hindsight.model.Term;
import dev.hindsight.model.Timestamps;
import dev.hindsight.model.Vocabulary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a postmortem's metadata out of its Markdown and file name, for files whose front matter is
 * missing or another tool's. A pure function of the text, the name and the site's vocabularies.
 */
public final class Inference {

    private static final int MAX_SUMMARY = 300;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+\\p{Lu}|\\s*$)");
    private static final Pattern SEVERITY_NUMBER = Pattern.compile("(?i)^(?:sev(?:erity)?|s|p)[\\s-]*(\\d)\\b.*");
    /** Where a value's first words end: "Complete, action items in progress" is complete. */
    private static final Pattern LEAD = Pattern.compile("[,;(–—]|\\s-\\s");
    /** How long after an incident its report may be published under a file name of that day. */
    private static final int DAYS_TO_PUBLISH = 31;
    private static final Pattern MISTYPED_YEAR = Pattern.compile(
            "(?<!\\d)(?<year>(?:19|20)\\d\\d)\\d(?<rest>-\\d{2}-\\d{2})(?!\\d)");
    private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
    /** "Home > Postmortems > 2024", "Wiki / Incidents / Search": two steps or more of a path. */
    private static final Pattern BREADCRUMB = Pattern.compile("(?:[^>›»/]{1,60}\\s[>›»/]\\s){2,}[^>›»/]{1,60}");
    /** A word has a letter or digit: the dots between "Internal · Confidential" are none. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][^\\s]*");
    /** A paragraph of fewer words, without a full stop, is a heading's or a letter's line, not prose. */
    private static final int MIN_PROSE_WORDS = 8;
    private static final String BYLINE = "the byline";
    private static final String FILE_NAME = "the file name";
    /** Where a blog post's own day is written, which the post is dated by however it names the incident's. */
    private static final List<String> POST_DATES = List.of(BYLINE, FILE_NAME);
    /** "Open · lrossi opened this issue on Mar 4, 2024 · 6 comments": a line of parts is metadata, not prose. */
    private static final Pattern METADATA_PARTS = Pattern.compile("\\s[·•|]\\s");
    private static final int MIN_METADATA_PARTS = 3;
    /** How far before a day the words that make it a later day's are looked for: "Review held on ". */
    private static final int WORDS_BEFORE_A_LATER_DAY = 30;
    private static final Pattern CALLOUT = Pattern.compile("^\\[![\\p{L}-]+][+-]?\\s*");
    /**
     * What may follow a day in another tool's date value: its time, and the time's zone or offset; its
     * spaces taken possessively, so that a long run of them before something else is refused at once.
     */
    private static final String AFTER_A_DAY = "(?:[T\\s]++\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?"
            + "\\s*+(?:Z|[+-]\\d{2}:?\\d{2}|\\p{Lu}{2,5})?\\s*+";
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:,|;|\\band\\b|&)\\s*");

    private final Vocabulary statuses;
    private final Vocabulary severities;
    private final ZoneId zone;

    /** @param zone the site's time zone, for timelines that name none */
    public Inference(Vocabulary statuses, Vocabulary severities, ZoneId zone) {
        this.statuses = statuses;
        this.severities = severities;
        this.zone = zone;
    }

    /**
     * @param writtenTitle the title the front matter gives, which may hold the date
     * @param created      the day the front matter says the document was created, its own day
     */
    public Inferred infer(String fileName, String written, Optional<String> writtenTitle, Optional<LocalDate> created) {
        String markdown = MarkupLines.rewrite(written);
        Outline outline = Outline.parse(markdown);
        KeyValues keys = KeyValues.read(markdown, outline);
        List<String> problems = new ArrayList<>();
        TitleFinder.Title title = TitleFinder.find(outline, keys, fileName);
        Optional<Found<String>> id = title.id().map(i -> new Found<>(Slugs.of(i.value()), i.where()));
        Optional<Found<String>> summaryText = keys.get(KeyValues.Key.SUMMARY).or(() -> firstParagraph(outline, title.written()));
        Optional<Found<LocalDate>> date = date(keys, writtenTitle.map(t -> new Found<>(t, "the title"))
                .orElse(new Found<>(title.written(), title.title().where())), fileName, summaryText, outline, markdown,
                problems)
                .or(() -> created.map(d -> new Found<>(d, "the front matter's created day")))
                .or(() -> onlyDayNamed(markdown))
                .or(() -> dayAloneInTheTextsYear(title.written(), fileName, markdown))
                .or(() -> mistypedYear(markdown, fileName, problems))
                .or(() -> DateText.inName(fileName).map(d -> new Found<>(d, FILE_NAME)))
                .or(() -> firstDayInProse(outline, title.written()))
                .map(found -> keys.datesTheIncident(found.where()) ? found
                        : incidentDayBefore(found, title.written(), summaryText, markdown));
        Optional<Found<List<String>>> authors = keys.get(KeyValues.Key.AUTHORS).map(Inference::names);
        Optional<Found<Term>> status = keys.get(KeyValues.Key.STATUS)
                .flatMap(f -> term(f, statuses, "status", problems));
        Optional<Found<Term>> severity = keys.get(KeyValues.Key.SEVERITY)
                .flatMap(f -> term(f, severities, "severity", problems));
        Optional<Found<List<String>>> services = keys.get(KeyValues.Key.SERVICES).map(Inference::names);
        Optional<Found<List<String>>> tags = keys.get(KeyValues.Key.TAGS).map(Inference::names);
        Optional<Found<String>> summary = summaryText.map(f -> new Found<>(oneSentence(f.value()), f.where()));
        Optional<Found<String>> impact = keys.get(KeyValues.Key.IMPACT);
        Optional<Found<Timestamps>> timestamps = TimelineFinder.find(outline, keys, date.map(Found::value), zone);
        return new Inferred(title.title(), id, date, authors, status, severity, services, tags, summary, impact,
                timestamps, ActionItemFinder.find(outline), problems);
    }

    /**
     * The day a value written by another tool gives, and nothing more: {@code 2024/03/09 10:20:00},
     * {@code Jul 08 2024}.
     */
    public static Optional<LocalDate> dayOf(String value) {
        return DateText.find(value).filter(f -> f.start() == 0 && value.substring(f.end()).matches(AFTER_A_DAY))
                .map(DateText.Found::day);
    }

    /**
     * A date written as metadata, then in the title, in the file name (unless the summary's first
     * sentence names a day shortly before it: the name is then the day the report was published),
     * in the summary, and last in the timeline. A written day such as 03/05/2024 is read in the order
     * of the document's other slash dates.
     */
    private static Optional<Found<LocalDate>> date(KeyValues keys, Found<String> title, String fileName,
                                                   Optional<Found<String>> summary, Outline outline,
                                                   String markdown, List<String> problems) {
        Optional<Found<String>> written = keys.get(KeyValues.Key.DATE);
        if (written.isPresent()) {
            String value = written.get().value();
            Optional<LocalDate> day = DateText.find(value).map(DateText.Found::day)
                    .or(() -> DateText.inOrderOf(value, markdown));
            if (day.isPresent()) {
                return Optional.of(new Found<>(day.get(), written.get().where()));
            }
            problems.add("date [" + value + "] in " + written.get().where() + (DateText.eitherWayRound(value)
                    ? " reads as a day either way round, and no other date in the file says which comes first"
                    : " is not a date Hindsight can read") + "; write it as YYYY-MM-DD");
        }
        Optional<LocalDate> inTitle = DateText.find(title.value()).map(DateText.Found::day)
                .or(() -> DateText.inOrderOf(title.value(), markdown));
        if (inTitle.isPresent()) {
            return Optional.of(new Found<>(inTitle.get(), title.where()));
        }
        Optional<LocalDate> inName = DateText.leadingInName(fileName).map(DateText.Found::day);
        if (inName.isPresent()) {
            LocalDate published = inName.get();
            return Optional.of(dayIn(summary, Inference::oneSentence).filter(d -> d.value().isBefore(published)
                            && !d.value().isBefore(published.minusDays(DAYS_TO_PUBLISH)))
                    .orElse(new Found<>(published, FILE_NAME)));
        }
        Optional<Found<String>> alone = keys.dayAlone();
        if (alone.isPresent()) {
            return DateText.find(alone.get().value()).map(d -> new Found<>(d.day(), alone.get().where()));
        }
        Optional<LocalDate> posted = Byline.find(markdown);
        if (posted.isPresent()) {
            return Optional.of(new Found<>(posted.get(), BYLINE));
        }
        Optional<Found<LocalDate>> inTimeline = inTimeline(outline);
        Optional<Found<LocalDate>> inSummary = dayIn(summary, UnaryOperator.identity());
        if (inSummary.isPresent() && !(inTimeline.isPresent() && outsideTimeline(inSummary.get().value(), outline))) {
            return inSummary;
        }
        return inTimeline;
    }

    /**
     * The incident's day, when the day found is the document's own (a post, a meeting, a review or a
     * record opened later) and the text names an earlier one in the month before it: in the title, in
     * full ("RE: Outage of the portal on April 24, 2024") or by day and month alone ("What happened on
     * the 2nd of March"); unless the day found is a post's
     * byline or file name, which date a blog post, also in the summary by day and month alone ("on the evening of
     * 31 October") or as the day a problem has gone on since ("Since the evening of 2024-04-29"), or anywhere after its weekday ("Monday 15 April", "Tuesday Sept 17") or by its weekday
     * alone ("Monday's incident"), as people name the day something happened. A day without its year is of the year that puts it before the document's.
     */
    private static Found<LocalDate> incidentDayBefore(Found<LocalDate> written, String title,
                                                      Optional<Found<String>> summary, String markdown) {
        LocalDate day = written.value();
        List<LocalDate> named = new ArrayList<>();
        // A memo's subject, "RE: Outage of the portal on April 24, 2024", names the incident's day in full.
        DateText.find(title).map(DateText.Found::day).filter(d -> d.isBefore(day)).ifPresent(named::add);
        named.addAll(DateText.withoutYearBefore(title, day));
        // A post's title that names the incident by its weekday: "Our Apology for Tuesday's Extended Maintenance".
        DateText.weekdayOfIncidentBefore(title, day).ifPresent(named::add);
        if (!POST_DATES.contains(written.where())) {
            summary.ifPresent(s -> named.addAll(DateText.withoutYearBefore(s.value(), day)));
            summary.ifPresent(s -> named.addAll(DateText.sinceBefore(s.value(), day)));
            named.addAll(DateText.withWeekdayBefore(withoutStamps(markdown), day));
            DateText.weekdayOfIncidentBefore(markdown, day).ifPresent(named::add);
        }
        return named.stream().filter(d -> !d.isBefore(day.minusDays(DAYS_TO_PUBLISH))).findFirst()
                .map(d -> new Found<>(d, "the day the text names before " + day + " (" + written.where() + ")"))
                .orElse(written);
    }

    /**
     * The text without its lines of parts set apart by middle dots, a thread's or a comment's stamps
     * ("Started by Mere · Tue 29 Oct 2024 9:14 am · 8 comments", "**Tama** · Tue 29 Oct 10:02 am"):
     * the days there are when someone wrote, not days the story names.
     */
    private static String withoutStamps(String markdown) {
        return markdown.lines().filter(line -> METADATA_PARTS.split(line).length < 2).collect(Collectors.joining("\n"));
    }

    private static Optional<Found<LocalDate>> inTimeline(Outline outline) {
        return timelines(outline).boxed().flatMap(i -> TimelineFinder.incidentDay(outline.under(i))
                .map(day -> new Found<>(day, "the \"" + outline.sections().get(i).title() + "\" section")).stream())
                .findFirst();
    }

    /** The indexes of the sections that hold a timeline. */
    private static IntStream timelines(Outline outline) {
        return IntStream.range(0, outline.sections().size())
                .filter(i -> outline.sections().get(i).isTimeline());
    }

    /**
     * Whether a day lies outside the days a dated timeline spans: a summary naming it speaks of an
     * earlier incident or change ("Like the incident of 2023-11-12, ..."), not of this one.
     */
    private static boolean outsideTimeline(LocalDate day, Outline outline) {
        List<LocalDate> days = timelines(outline).boxed().flatMap(i -> outline.under(i).stream())
                .flatMap(block -> DateText.all(block.getChars().toString()).stream()).toList();
        return !days.isEmpty() && (day.isBefore(Collections.min(days)) || day.isAfter(Collections.max(days)));
    }

    private static Optional<Found<LocalDate>> dayIn(Optional<Found<String>> summary, UnaryOperator<String> part) {
        return summary.flatMap(f -> incidentDay(part.apply(f.value())).map(d -> new Found<>(d, f.where())));
    }

    /**
     * The first day a text names, passing over one said to be a later day's ("Review held on
     * 2024-06-12 for the incident of 2024-06-10") when another day follows it.
     */
    private static Optional<LocalDate> incidentDay(String text) {
        Optional<DateText.Found> first = DateText.find(text);
        for (int from = 0; first.isPresent(); ) {
            DateText.Found day = first.get();
            String before = text.substring(Math.max(from, day.start() - WORDS_BEFORE_A_LATER_DAY), day.start());
            Optional<DateText.Found> next = DateText.find(text.substring(day.end()))
                    .map(n -> new DateText.Found(n.day(), n.start() + day.end(), n.end() + day.end()));
            if (!KeyValues.namesALaterDay(before) || next.isEmpty()) {
                return Optional.of(day.day());
            }
            from = day.end();
            first = next;
        }
        return Optional.empty();
    }

    /**
     * A document that names one day only, as a status page entry gives its year once: that day; or
     * two days in a row, as an incident across midnight does: the first.
     */
    private static Optional<Found<LocalDate>> onlyDayNamed(String markdown) {
        List<LocalDate> days = DateText.all(markdown).stream().distinct().sorted().toList();
        if (days.size() == 1) {
            return Optional.of(new Found<>(days.get(0), "the one day the text names"));
        }
        return days.size() == 2 && days.get(0).plusDays(1).equals(days.get(1))
                ? Optional.of(new Found<>(days.get(0), "the first of the two days in a row the text names"))
                : Optional.empty();
    }

    /**
     * The day the title or the file name names by day and month alone ("Outage 9 Nov"), in the one year
     * of the days the text names ("on 09/11/24"), as a reader takes the year from them.
     */
    private static Optional<Found<LocalDate>> dayAloneInTheTextsYear(String title, String fileName, String markdown) {
        Set<Integer> years = DateText.years(markdown);
        if (years.size() != 1) {
            return Optional.empty();
        }
        int year = years.iterator().next();
        return DateText.withoutYearIn(title, year).map(d -> new Found<>(d, "the title's day in the year the text names"))
                .or(() -> DateText.withoutYearIn(fileName, year).map(d -> new Found<>(d, "the file name's day in the year "
                        + "the text names")));
    }

    /**
     * A day written with one digit too many in its year ({@code 20202-01-16}) where the file name
     * names the year it starts with ({@code PM2020-003}): read as that year, and said to be a typo.
     */
    private static Optional<Found<LocalDate>> mistypedYear(String markdown, String fileName, List<String> problems) {
        Matcher typo = MISTYPED_YEAR.matcher(markdown);
        if (!typo.find() || !YEAR_IN_NAME.matcher(fileName).results().map(m -> m.group(1)).toList()
                .contains(typo.group("year"))) {
            return Optional.empty();
        }
        Optional<LocalDate> day = DateText.find(typo.group("year") + typo.group("rest")).map(DateText.Found::day);
        day.ifPresent(d -> problems.add("date [" + typo.group() + "] has a five-digit year; it is read as " + d
                + ", the year of the file name; correct it in the file"));
        return day.map(d -> new Found<>(d, "[" + typo.group() + "], read with the file name's year"));
    }

    /**
     * A status or severity the site knows, by key or label in any case; {@code SEV 1}, {@code Sev-1}
     * and {@code P1} are read as {@code SEV1}. Words such as "Critical" are left for the author to map.
     */
    private static Optional<Found<Term>> term(Found<String> written, Vocabulary vocabulary, String field,
                                              List<String> problems) {
        String text = written.value().strip();
        String lead = LEAD.split(text, 2)[0].strip();
        Optional<Term> term = find(vocabulary, text).or(() -> find(vocabulary, lead));
        Matcher number = SEVERITY_NUMBER.matcher(text);
        if (term.isEmpty() && field.equals("severity") && number.matches()) {
            term = vocabulary.find("SEV" + number.group(1));
        }
        if (term.isEmpty()) {
            problems.add(field + " [" + text + "] in " + written.where() + " is none of the site's (" + String.join(", ",
                    vocabulary.keys()) + "), so it is left unset; write the one it means in the front matter");
        }
        return term.map(t -> new Found<>(t, written.where()));
    }

    private static Optional<Term> find(Vocabulary vocabulary, String text) {
        return vocabulary.find(text)
                .or(() -> vocabulary.terms().stream().filter(t -> t.label().equalsIgnoreCase(text)).findFirst());
    }

    private static Found<List<String>> names(Found<String> written) {
        List<String> names = Arrays.stream(NAME_SEPARATORS.split(written.value()))
                .map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
        return new Found<>(names, written.where());
    }

    /**
     * The first paragraph of prose under the title, or of the document: a line in bold is a title, a
     * paragraph of key lines ("Date: ...") or a byline metadata, as are a title over fields and a line of
     * parts ("Open · lrossi opened this · 6 comments"), a breadcrumb ("Home > Incidents")
     * navigation, and a few words without a full stop a letter's place and date or greeting. It is
     * looked for from the heading that gives the title on: a letterhead above the title ("PT Bank
     * Nusantara Makmur Tbk / Divisi ...") is not the summary.
     */
    private static Optional<Found<String>> firstParagraph(Outline outline, String title) {
        for (Outline.Section section : fromTitle(outline, title)) {
            for (Node block : section.blocks()) {
                if (block instanceof Paragraph paragraph && isProse(paragraph)) {
                    return Optional.of(new Found<>(Outline.text(paragraph), "the first paragraph"));
                }
                Optional<String> callout = callout(block);
                if (callout.isPresent()) {
                    return Optional.of(new Found<>(callout.get(), "the first callout"));
                }
            }
        }
        return Optional.empty();
    }

    /** The sections from the heading that gives the title on, or all of them when no heading does. */
    private static List<Outline.Section> fromTitle(Outline outline, String title) {
        List<Outline.Section> sections = outline.sections();
        int from = IntStream.range(0, sections.size()).filter(i -> sections.get(i).level() > 0
                && sections.get(i).title().strip().equals(title.strip())).findFirst().orElse(0);
        return sections.subList(from, sections.size());
    }

    /**
     * The first day the prose names, in a paragraph or a list item's: where nothing else dates a
     * postmortem (no key, title, file name, summary or timeline names its day), the first day its
     * story names is the incident's, as a review, a QBR note or a founder's post tells it ("On
     * October 15, 2024, the bank file ..."); metadata lines (a meeting's or the page's day) are no prose,
     * and a first paragraph that names two days ("Posted Jan 22, 2025; updated Jan 24") dates nothing.
     */
    private static Optional<Found<LocalDate>> firstDayInProse(Outline outline, String title) {
        return fromTitle(outline, title).stream().filter(section -> !section.isTimeline())
                .flatMap(section -> section.blocks().stream())
                .flatMap(block -> block instanceof Paragraph paragraph ? Stream.of(paragraph)
                        : StreamSupport.stream(block.getDescendants().spliterator(), false)
                        .filter(Paragraph.class::isInstance).map(Paragraph.class::cast))
                .filter(Inference::isProse)
                .map(paragraph -> DateText.all(Outline.text(paragraph)).stream().distinct().toList())
                .filter(days -> !days.isEmpty()).findFirst().filter(days -> days.size() == 1)
                .map(days -> new Found<>(days.get(0), "the first day the text names"));
    }

    /**
     * The text of a callout, a block quote that opens with its kind as Obsidian, GitHub and others
     * write it ({@code > [!summary]}, {@code > [!NOTE]}): the document's own prose, set apart.
     */
    private static Optional<String> callout(Node block) {
        if (!(block instanceof BlockQuote) || !(block.getFirstChild() instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        Matcher kind = CALLOUT.matcher(Outline.text(paragraph));
        return kind.lookingAt() ? Optional.of(Outline.text(paragraph).substring(kind.end())).filter(t -> !t.isBlank())
                : Optional.empty();
    }

    private static boolean isProse(Paragraph paragraph) {
        String text = Outline.text(paragraph);
        String written = paragraph.getChars().toString();
        return !text.isEmpty() && !TitleFinder.isBoldLine(paragraph) && !KeyValues.opensWithKeyLine(written)
                && !TitleFinder.isTitleOverFields(paragraph) && METADATA_PARTS.split(text).length < MIN_METADATA_PARTS
                && !Byline.is(written) && !BREADCRUMB.matcher(text).matches()
                && (WORD.matcher(text).results().count() >= MIN_PROSE_WORDS || SENTENCE_END.matcher(text).find());
    }

    /** A summary is one sentence under 300 characters; a longer one is cut at a word. */
    static String oneSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        String sentence = end.find() ? text.substring(0, end.end()) : text;
        if (sentence.length() < MAX_SUMMARY) {
            return sentence;
        }
        return cutAtWord(sentence, MAX_SUMMARY - 2);
    }

    /** The text up to its last space before {@code limit}, or cut at {@code limit} when it has none there, and "…". */
    static String cutAtWord(String text, int limit) {
        int cut = text.lastIndexOf(' ', limit);
        return text.substring(0, cut > 0 ? cut : limit) + "…";
    }
}
