package dev.hindsight.parse.infer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Days as people write them in postmortems: {@code 2016-09-05}, {@code 2016/09/05},
 * {@code September 5, 2016}, {@code 5 Sep 2016}, day first with dots ({@code 05.09.2016}), with
 * slashes when the day is past 12 ({@code 14/09/2016}, {@code 09/14/2016}, {@code 15/04/24}), {@code 2016年9月5日},
 * in an era's years ({@code 令和6年4月1日}, {@code R6.4.1}, {@code 民國113年3月5日}), {@code 2024년 4월 15일},
 * Vietnamese {@code ngày 5 tháng 3 năm 2024}, ISO's day of the year with a time ({@code 2024-072T14:05Z}),
 * with month names of many languages ({@code 5 de septiembre de 2016}, {@code 5. September 2016},
 * {@code 4 Mawrth 2024}, {@code 8 มกราคม พ.ศ. 2567}, {@code 2024. március 5.}), in any script's digits,
 * with or without a time after. In a range the first
 * day is the one found, since a postmortem is dated by the day its incident started.
 */
final class DateText {

    /**
     * Month names as teams write their reports: English (also abbreviated), Spanish, German, French,
     * Portuguese, Italian, Dutch, Scandinavian, Polish, Czech, Turkish, Russian, Ukrainian, Welsh, Arabic, Thai,
     * Hungarian, Indonesian, Tagalog, Greek (as a day names its month, and on its own) and Hindi.
     */
    private static final String MONTH_NAMES = "month-names.txt";
    private static final Map<String, Integer> MONTHS = months(
            "january jan enero januar janvier janeiro gennaio januari stycznia styczeń ledna ocak января январь січня "
                    + "ionawr يناير มกราคม január pebrero ιανουαρίου ιανουάριος जनवरी",
            "february feb febrero februar février fevrier fevereiro febbraio februari lutego luty února şubat февраля "
                    + "февраль лютого chwefror فبراير شباط กุมภาพันธ์ február φεβρουαρίου φεβρουάριος फ़रवरी फरवरी",
            "march mar marzo märz maerz mars março marco maart marca marzec marts března mart марта март березня mawrth "
                    + "مارس آذار มีนาคม március maret marso μαρτίου μάρτιος मार्च",
            "april apr abril avril aprile kwietnia kwiecień dubna nisan апреля апрель квітня ebrill أبريل ابريل نيسان เมษายน "
                    + "április απριλίου απρίλιος अप्रैल",
            "may mayo mai maio maggio mei maja maj května mayıs мая май травня مايو أيار พฤษภาคม május μαΐου μάιος मई",
            "june jun junio juni juin junho giugno czerwca czerwiec června haziran июня июнь червня mehefin يونيو حزيران "
                    + "มิถุนายน június hunyo ιουνίου ιούνιος जून",
            "july jul julio juli juillet julho luglio lipca lipiec července temmuz июля июль липня gorffennaf يوليو تموز "
                    + "กรกฎาคม július hulyo ιουλίου ιούλιος जुलाई",
            "august aug agosto août aout augustus augusti sierpnia sierpień srpna ağustos августа август серпня awst "
                    + "أغسطس اغسطس آب สิงหาคม augusztus agustus αυγούστου αύγουστος अगस्त",
            "september sept sep septiembre setiembre septembre setembro settembre września wrzesień září eylül "
                    + "сентября сентябрь вересня medi سبتمبر أيلول กันยายน szeptember setyembre σεπτεμβρίου σεπτέμβριος "
                    + "सितंबर सितम्बर",
            "october oct octubre oktober octobre outubro ottobre października październik října ekim октября "
                    + "октябрь жовтня hydref أكتوبر اكتوبر ตุลาคม október oktubre οκτωβρίου οκτώβριος अक्टूबर",
            "november nov noviembre novembre novembro listopada listopad listopadu kasım ноября ноябрь листопада "
                    + "tachwedd نوفمبر พฤศจิกายน nobyembre νοεμβρίου νοέμβριος नवंबर नवम्बर",
            "december dec diciembre dezember décembre decembre dezembro dicembre grudnia grudzień desember "
                    + "prosince aralık декабря декабрь грудня rhagfyr ديسمبر ธันวาคม disyembre δεκεμβρίου δεκέμβριος दिसंबर "
                    + "दिसम्बर");
    private static final String MONTH = Alternation.of(MONTHS.keySet()) + "(?!\\p{L})\\.?";
    private static final String ORDINAL = "st|nd|rd|th";
    /**
     * A slash date's year: four digits, or two after a part of two (15/04/24, as Mexico and Britain
     * write it); with dashes, as Indian teams write a day (03-06-2024), four digits only.
     */
    private static final String SLASH_YEAR = "(?<year>\\d{4}|(?<=\\d{2}/)\\d{2})(?![\\d/-])";
    private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String PART = "(?<separator>[/-])";
    private static final String SAME_PART = "\\k<separator>";
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\d/-])(?<day>1[3-9]|2\\d|3[01])" + PART + "(?<month>\\d{1,2})" + SAME_PART + SLASH_YEAR);
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?<![\\d/-])(?<month>\\d{1,2})" + PART + "(?<day>1[3-9]|2\\d|3[01])" + SAME_PART + SLASH_YEAR);
    private static final Pattern EITHER_WAY = Pattern.compile(
            "(?<![\\d/-])(?<first>\\d{1,2})" + PART + "(?<second>\\d{1,2})" + SAME_PART + SLASH_YEAR);
    /** A weekday before a day, which still leads with it: "Saturday 6 July 2024", "Tue, 2024-03-05". */
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(?i)\\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*");
    /** A weekday named with a day written either way round, which settles the order: "03-06-2024 (Monday)". */
    private static final Pattern WEEKDAY_NAMED = Pattern.compile("(?i)(?<!\\p{L})(" + WEEKDAYS + ")(?!\\p{L})");
    private static final Pattern MONTH_NAME_FIRST = Pattern.compile("(?iu)(?<!\\p{L})(?<name>" + MONTH
            + ")\\s+(?<day>\\d{1,2})(?:" + ORDINAL + ")?,?\\s+(?<year>\\d{4})(?!\\d)");
    /**
     * Years counted from an era's start, as the year it is before the common era's: the Thai Buddhist
     * era's (พ.ศ. 2567 is 2024), Japan's (令和6年 is 2024, 平成31年 is 2019, also by the era's letter: R6.4.1)
     * and the Republic of China's Minguo years, as Taiwan writes them (民國113年 is 2024).
     */
    private static final String BUDDHIST_ERA = "พ.ศ.";
    /**
     * A year this late with a Thai month's name is of the Buddhist era whether or not "พ.ศ." says so,
     * as Thai writers seldom do: "15 มิถุนายน 2567" is 2024.
     */
    private static final int FIRST_BUDDHIST_YEAR_WRITTEN = 2400;
    private static final Pattern THAI = Pattern.compile("\\p{IsThai}");
    private static final Map<String, Integer> ERAS = Map.of(BUDDHIST_ERA, -543, "令和", 2018, "R", 2018, "平成", 1988,
            "H", 1988, "昭和", 1925, "民國", 1911, "民国", 1911);
    private static final String ERA_NAMES = ERAS.keySet().stream().sorted().map(Pattern::quote)
            .collect(Collectors.joining("|"));
    /** The first year of a Japanese era, written as a word: 令和元年 */
    private static final String FIRST_YEAR_OF_ERA = "元";
    /** The last day of a range after its first: "2.–3. marts", "12-14 March". */
    private static final String DAYS_TO = "(?:\\s*+[–-]\\s*+\\d{1,2}(?:" + ORDINAL + "|\\.)?)?";
    /**
     * "5 Sep 2016", "5th of September 2016", German "5. März 2016", Spanish "5 de marzo de 2016", Thai
     * "8 มกราคม พ.ศ. 2567" with its year of the Buddhist era; of a range of days its first, "2.–3. marts 2025"
     */
    private static final Pattern DAY_BEFORE_NAME = Pattern.compile("(?iu)(?<!\\d)(?<day>\\d{1,2})(?:" + ORDINAL
            + "|\\.)?" + DAYS_TO + "\\s+(?:de\\s+|of\\s+)?(?<name>" + MONTH + "),?\\s+(?:de\\s+)?(?:(?<era>พ\\.\\s?ศ\\.)\\s*)?"
            + "(?<year>\\d{4})(?!\\d)");
    /**
     * Day first with dots, as German-speaking and many other countries write it, Czech with spaces:
     * 03.12.2024, 3. 6. 2024
     */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\d.])(?<day>\\d{1,2})\\.\\s?(?<month>\\d{1,2})\\.\\s?(?<year>\\d{4})(?!\\.?\\d)");
    /**
     * A Japanese era's letter and year, then month and day: R6.4.1, H31/4/30; with dots only in a text
     * with Japanese in it, as elsewhere "R12.2.9" is a release.
     */
    private static final String ERA_SEPARATOR = "separator";
    private static final Pattern ERA_LETTER = Pattern.compile("(?<![\\p{L}\\d.])(?<era>[RH])(?<eraYear>\\d{1,2})(?<" + ERA_SEPARATOR
            + ">[./])(?<month>\\d{1,2})\\k<" + ERA_SEPARATOR + ">(?<day>\\d{1,2})(?![\\d.]|/\\d)");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    /**
     * What tells that a slash date with a two-digit year (15/04/24) is one, as "CPU at 20/10/15 percent"
     * is none: a key before it, "on" or a weekday next to it, or another slash date in the text.
     */
    private static final Pattern DATE_CONTEXT_BEFORE = Pattern.compile("(?iu)(?:[:|]|(?<!\\p{L})on|(?<!\\p{L})(?:mon"
            + "|tue|wed|thu|fri|sat|sun)\\p{L}*\\.?,?)\\s{0,3}$");
    private static final Pattern DATE_CONTEXT_AFTER = Pattern.compile("(?iu)^\\s{0,3}\\(?(?:mon|tue|wed|thu|fri|sat"
            + "|sun)(?!\\p{L}{0,6}[^\\p{L}]\\p{L})");
    private static final Pattern SLASH_DATE = Pattern.compile("(?<![\\d/])\\d{1,2}/\\d{1,2}/\\d{2,4}(?![\\d/])");
    private static final int CONTEXT_LENGTH = 12;
    private static final List<Pattern> FORMATS = List.of(
            Pattern.compile("(?<![\\d/-])(?<year>\\d{4})[-/](?<month>\\d{1,2})[-/](?<day>\\d{1,2})(?![\\d/])"),
            MONTH_NAME_FIRST,
            DAY_BEFORE_NAME,
            DOTTED,
            // And with a two-digit year when every part has two digits: 03.12.24 (a version such as 4.12.1 is none)
            Pattern.compile("(?<![\\d.])(?<day>\\d{2})\\.(?<month>\\d{2})\\.(?<year>\\d{2})(?!\\.?\\d)"),
            // Year first with dots, as Korean and Hungarian teams write it: 2024.04.02, 2024. 4. 2.
            Pattern.compile("(?<![\\d.])(?<year>\\d{4})\\.\\s?(?<month>\\d{1,2})\\.\\s?(?<day>\\d{1,2})(?![\\d]|\\.\\d)"),
            // With slashes only when the day is past 12, so that the order cannot be mistaken:
            // 14/02/2022 and 02/14/2022, never 03/04/2022
            DAY_FIRST,
            MONTH_FIRST,
            // Jira's and Oracle's day, month name and year with slashes or dashes: 07/Mar/24, 07-MAR-2024
            Pattern.compile("(?iu)(?<![\\d/-])(?<day>\\d{1,2})[/-](?<name>" + MONTH + ")[/-](?<year>\\d{4}|\\d{2})(?![\\d/-])"),
            // Unix date(1) and mail archives: Wed Feb 21 10:02:41 UTC 2024
            Pattern.compile("(?iu)(?<!\\p{L})(?:mon|tue|wed|thu|fri|sat|sun)\\p{L}*\\s+(?<name>" + MONTH
                    + ")\\s+(?<day>\\d{1,2})\\s+\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:\\p{Lu}{2,5}\\s+|[+-]\\d{4}\\s+)?"
                    + "(?<year>\\d{4})(?!\\d)"),
            // Chinese and Japanese 2024年3月5日, also in an era's years (令和6年4月1日, 民國113年3月5日),
            // Korean 2024년 4월 15일
            Pattern.compile("(?:(?<era>" + ERA_NAMES + ")\\s*(?<eraYear>\\d{1,3}|" + FIRST_YEAR_OF_ERA
                    + ")|(?<year>\\d{4}))\\s*[年년]\\s*(?<month>\\d{1,2})\\s*[月월]\\s*(?<day>\\d{1,2})\\s*[日일]"),
            ERA_LETTER,
            // Year first, then the month's name, as Hungarian and Lithuanian teams write it: 2024. március 5.,
            // 2024 m. kovo 5 d. Not English's "may" and "mar" there, which are words more often than months:
            // "to 2048 may 2x memory use".
            Pattern.compile("(?iu)(?<!\\d)(?<year>(?:19|20)\\d{2})(?:\\.|\\s+m\\.)?\\s+(?!(?:may|mar)(?!\\p{L}))(?<name>" + MONTH
                    + ")\\s+(?<day>\\d{1,2})(?![\\d\\p{L}])"),
            // Latvian, the year first and the day before the month: 2025. gada 10. jūnijā
            Pattern.compile("(?iu)(?<!\\d)(?<year>(?:19|20)\\d{2})\\.?\\s+gada\\s+(?<day>\\d{1,2})\\.\\s*(?<name>" + MONTH
                    + ")"),
            // Basque, the year's and the day's endings joined to them: 2025eko otsailaren 4a, 2025eko otsailaren 4an
            Pattern.compile("(?iu)(?<!\\d)(?<year>(?:19|20)\\d{2})-?(?:ko|eko)\\s+(?<name>" + MONTH
                    + ")\\s+(?<day>\\d{1,2})(?:-?(?:a|an|ean|etik|era|ra))?(?![\\d\\p{L}])"),
            // Vietnamese: ngày 5 tháng 3 năm 2024
            Pattern.compile("(?iu)(?<!\\p{L})ngày\\s+(?<day>\\d{1,2})\\s+tháng\\s+(?<month>\\d{1,2}),?\\s+năm\\s+"
                    + "(?<year>\\d{4})(?!\\d)"),
            // ISO 8601's day of the year, as spacecraft and ground stations write a moment: 2024-072T14:05:12Z
            Pattern.compile("(?<![\\d-])(?<year>\\d{4})-(?<dayOfYear>\\d{3})T\\d{2}:\\d{2}"));

    private static final String WEEKDAY = "(?<weekday>" + WEEKDAYS + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\\.?,?\\s+";
    /** "Monday 3/4/2024", "Sun 2/6/24": the weekday tells which way round the day is written. */
    private static final Pattern AFTER_WEEKDAY = Pattern.compile("(?i)\\b" + WEEKDAY
            + "(?<date>(?<first>\\d{1,2})/(?<second>\\d{1,2})/(?<year>\\d{4}|\\d{2}))(?![\\d/])");
    private static final String YEAR_AFTER = "(?:,?\\s+(?<year>\\d{4}))?(?!\\d)";
    /**
     * A day and month, perhaps after a weekday, perhaps without a year, as a text names a day near its
     * own: "Monday 15 April", "Wednesday the 2nd of March", "Tuesday Sept 17", "31 October", "12 de
     * octubre", "12. Oktober", and of a range the first: "2.–3. marts"; not one
     * something is for ("the revenue figure for Monday 6 May"), which is the data's day, not an event's.
     */
    private static final String NOT_FOR = "(?<!\\bfor\\s)";
    private static final List<Pattern> DAY_AND_MONTH = List.of(
            Pattern.compile("(?iu)(?<![\\p{L}\\d])" + NOT_FOR + "(?:" + WEEKDAY + ")?(?:the\\s+)?(?<day>\\d{1,2})(?:"
                    + ORDINAL + "|\\.)?" + DAYS_TO + "(?:\\s+(?:of|de))?\\s+(?<name>" + MONTH
                    + ")" + YEAR_AFTER),
            Pattern.compile("(?iu)(?<!\\p{L})" + NOT_FOR + "(?:" + WEEKDAY + ")?(?<name>" + MONTH
                    + ")\\s+(?<day>\\d{1,2})(?:" + ORDINAL + ")?" + YEAR_AFTER));
    /** "Monday's incident", "Saturday's downtime": the day of the week an incident is named by. */
    private static final Pattern WEEKDAYS_INCIDENT = Pattern.compile("(?i)\\b(?<weekday>" + WEEKDAYS + ")['’]s\\s+(?:\\p{L}+\\s+){0,2}?(?:incident|outage|downtime|disruption|failure|maintenance)");
    /** "Since the evening of 2024-04-29": the day an ongoing problem started, soon after. */
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+\\p{L}+\\s+of\\s+)?");
    /** How far back from a text's own day a day named without its year is looked for. */
    private static final int YEARS_BACK = 1;
    private static final Pattern COMPACT = Pattern.compile("(?<year>(?:19|20)\\d{2})(?<month>\\d{2})(?<day>\\d{2})(?!\\d)");
    private static final Pattern COMPACT_WITHIN = Pattern.compile("(?<!\\d)" + COMPACT.pattern());
    private static final Pattern DAY_IN_NAME = Pattern.compile(
            "(?<!\\d)(?<year>(?:19|20)\\d{2})[-_.](?<month>\\d{2})[-_.](?<day>\\d{2})(?!\\d)");
    private static final Pattern US_TIME_ZONE = Pattern.compile("\\b(?:[ECMP][SD]T|ET|PT|CT|Eastern|Pacific|Central"
            + "|Mountain)\\b");
    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?i)\\b(?:the|and|of|was|were|with|to)\\b");
    private static final Pattern OTHER_WORDS = Pattern.compile("(?iu)(?<!\\p{L})(?:le|les|des|et|est|der|und|ist|het|een"
            + "|van|el|los|las|y|del|och|og|är|się|nie|jest|che|per|não|em|por)(?!\\p{L})");
    /** A two-digit year, as Jira writes it, is of this century. */
    private static final int CENTURY = 2000;

    private DateText() {
    }

    /** The first day written anywhere in the text. */
    static Optional<Found> find(String written) {
        String text = asciiDigits(written);
        Found first = null;
        for (Pattern format : FORMATS) {
            Matcher matcher = format.matcher(text);
            while (matcher.find()) {
                Optional<LocalDate> day = day(matcher).filter(d -> accepted(text, matcher));
                if (day.isPresent()) {
                    if (first == null || matcher.start() < first.start()) {
                        first = new Found(day.get(), matcher.start(), matcher.end());
                    }
                    break;
                }
            }
        }
        Optional<Found> afterWeekday = afterWeekday(text);
        if (afterWeekday.isPresent() && (first == null || afterWeekday.get().start() < first.start())) {
            first = afterWeekday.get();
        }
        return Optional.ofNullable(first);
    }

    private static boolean accepted(String text, Matcher matcher) {
        if (isParameterValue(text, matcher.start())) {
            return false;
        }
        if (matcher.pattern() == ERA_LETTER) {
            return !matcher.group(ERA_SEPARATOR).equals(".") || JAPANESE.matcher(text).find();
        }
        return !hasGroup(matcher, "year") || matcher.group("year") == null || matcher.group("year").length() != 2
                || matcher.pattern() != DAY_FIRST && matcher.pattern() != MONTH_FIRST
                || inDateContext(text, matcher.start(), matcher.end());
    }

    /** Whether a slash date with a two-digit year between {@code start} and {@code end} is said to be a day. */
    private static boolean inDateContext(String text, int start, int end) {
        return DATE_CONTEXT_BEFORE.matcher(text.substring(Math.max(0, start - CONTEXT_LENGTH), start)).find()
                || DATE_CONTEXT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + CONTEXT_LENGTH))).find()
                || SLASH_DATE.matcher(text).results().count() > 1;
    }

    /**
     * Whether the day at {@code start} is a parameter's value, as a data pipeline names a partition
     * ({@code ds=2024-05-06}) or a URL a query: the data's day, not one the text names.
     */
    private static boolean isParameterValue(String text, int start) {
        return start >= 2 && text.charAt(start - 1) == '='
                && (Character.isLetterOrDigit(text.charAt(start - 2)) || text.charAt(start - 2) == '_');
    }

    /** A day either way round after its weekday, read the way round that falls on that weekday. */
    private static Optional<Found> afterWeekday(String text) {
        Matcher matcher = AFTER_WEEKDAY.matcher(text);
        while (matcher.find()) {
            int first = Integer.parseInt(matcher.group("first"));
            int second = Integer.parseInt(matcher.group("second"));
            Optional<LocalDate> day = onWeekday(year(matcher), first, second, matcher.group("weekday"));
            if (day.isPresent()) {
                return Optional.of(new Found(day.get(), matcher.start("date"), matcher.end("date")));
            }
        }
        return Optional.empty();
    }

    /** Every day written in the text, in no particular order. */
    static List<LocalDate> all(String written) {
        String text = asciiDigits(written);
        List<LocalDate> days = new ArrayList<>();
        for (Pattern format : FORMATS) {
            Matcher matcher = format.matcher(text);
            while (matcher.find()) {
                day(matcher).filter(d -> accepted(text, matcher)).ifPresent(days::add);
            }
        }
        return days;
    }

    /**
     * A day written with slashes that could be read either way round ({@code 03/05/2024}), read in the
     * order the document's other slash dates show: day first when one of them has a day past 12 first
     * ({@code 31/05/2024}), month first when one has it second. When they show neither or both, in
     * the order its days written otherwise show: {@code 5 March 2024} or {@code 05.03.2024} day first,
     * {@code March 5, 2024} month first; else day first in a document not in English, where month
     * first is unheard of, and month first in one that gives its times in a US time zone
     * ({@code PST}, {@code Eastern}). None when nothing tells.
     */
    static Optional<LocalDate> inOrderOf(String text, String document) {
        // Most texts asked about have no such date: the document is read only when there is one to settle.
        Matcher written = EITHER_WAY.matcher(asciiDigits(text));
        if (!written.find()) {
            return Optional.empty();
        }
        Optional<LocalDate> byWeekday = byWeekday(written, text);
        if (byWeekday.isPresent()) {
            return byWeekday;
        }
        boolean dayFirst = writesADay(DAY_FIRST, document);
        boolean monthFirst = writesADay(MONTH_FIRST, document);
        if (dayFirst == monthFirst) {
            dayFirst = writesADay(DAY_BEFORE_NAME, document) || writesADay(DOTTED, document);
            monthFirst = writesADay(MONTH_NAME_FIRST, document);
        }
        if (dayFirst == monthFirst) {
            dayFirst = notInEnglish(document);
            monthFirst = !dayFirst && US_TIME_ZONE.matcher(document).find();
        }
        if (dayFirst == monthFirst) {
            return Optional.empty();
        }
        int first = Integer.parseInt(written.group("first"));
        int second = Integer.parseInt(written.group("second"));
        try {
            return Optional.of(LocalDate.of(year(written), dayFirst ? second : first,
                    dayFirst ? first : second));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Whether more of a text's little words are other European languages' than English's. */
    private static boolean notInEnglish(String document) {
        return ENGLISH_WORDS.matcher(document).results().count() < OTHER_WORDS.matcher(document).results().count();
    }

    /** Whether the text holds a day with slashes that reads as a day either way round: 03/04/2024. */
    /** The one reading of a day written either way round whose weekday is the one the text names with it. */
    private static Optional<LocalDate> byWeekday(Matcher written, String text) {
        Matcher weekday = WEEKDAY_NAMED.matcher(text);
        return weekday.find() ? onWeekday(year(written), Integer.parseInt(written.group("first")),
                Integer.parseInt(written.group("second")), weekday.group(1)) : Optional.empty();
    }

    /** The one way round of a day written either way round ({@code first/second}) that falls on {@code weekday}. */
    private static Optional<LocalDate> onWeekday(int year, int first, int second, String weekday) {
        DayOfWeek named = weekdayNamed(weekday);
        List<LocalDate> readings = new ArrayList<>();
        for (int[] monthDay : new int[][] {{first, second}, {second, first}}) {
            try {
                LocalDate day = LocalDate.of(year, monthDay[0], monthDay[1]);
                if (day.getDayOfWeek() == named && !readings.contains(day)) {
                    readings.add(day);
                }
            } catch (DateTimeException e) {
                // not a day this way round
            }
        }
        return readings.size() == 1 ? Optional.of(readings.get(0)) : Optional.empty();
    }

    /** The day of the week a name or its abbreviation names: "Sunday", "Sun", "Thurs". */
    private static DayOfWeek weekdayNamed(String name) {
        String start = name.toUpperCase(Locale.ROOT).substring(0, 3);
        return Arrays.stream(DayOfWeek.values()).filter(d -> d.name().startsWith(start)).findFirst().orElseThrow();
    }

    static boolean eitherWayRound(String text) {
        Matcher written = EITHER_WAY.matcher(text);
        return written.find() && Integer.parseInt(written.group("first")) <= 12
                && Integer.parseInt(written.group("second")) <= 12;
    }

    private static boolean writesADay(Pattern format, String document) {
        Matcher matcher = format.matcher(document);
        while (matcher.find()) {
            if (day(matcher).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The days the text names after their weekday, which must be theirs, before {@code day} ("Monday
     * 15 April", "Tuesday Sept 17"), in the order written; one without its year in the year that puts
     * it last before that day.
     */
    static List<LocalDate> withWeekdayBefore(String text, LocalDate day) {
        return namedBefore(text, day, matcher -> matcher.group("weekday") != null);
    }

    /** The first day the text names by day and month alone ("Outage 9 Nov") in {@code year}. */
    static Optional<LocalDate> withoutYearIn(String text, int year) {
        return withoutYearBefore(text, LocalDate.of(year + 1, 1, 1)).stream().findFirst();
    }

    /**
     * The years of the days the text names, a day with slashes that reads either way round
     * ({@code 09/11/24}) included, as its year is the same either way.
     */
    static Set<Integer> years(String written) {
        Set<Integer> years = all(written).stream().map(LocalDate::getYear)
                .collect(Collectors.toCollection(TreeSet::new));
        Matcher eitherWay = EITHER_WAY.matcher(asciiDigits(written));
        while (eitherWay.find()) {
            int first = Integer.parseInt(eitherWay.group("first"));
            int second = Integer.parseInt(eitherWay.group("second"));
            if (Math.min(first, second) >= 1 && Math.min(first, second) <= 12 && Math.max(first, second) <= 31
                    && year(eitherWay) > 0 && (eitherWay.group("year").length() != 2
                    || inDateContext(written, eitherWay.start(), eitherWay.end()))) {
                years.add(year(eitherWay));
            }
        }
        return years;
    }

    /** The days the text names by day and month alone ("31 October") in the year that puts them last before {@code day}. */
    static List<LocalDate> withoutYearBefore(String text, LocalDate day) {
        return namedBefore(text, day, matcher -> matcher.group("year") == null);
    }

    /**
     * The day of the week before {@code day} that the text names an incident by ("Monday's incident"):
     * none when {@code day} is itself on that weekday, as it then is the incident's.
     */
    static Optional<LocalDate> weekdayOfIncidentBefore(String text, LocalDate day) {
        Matcher matcher = WEEKDAYS_INCIDENT.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        DayOfWeek weekday = weekdayNamed(matcher.group("weekday"));
        return Optional.of(day.with(TemporalAdjusters.previousOrSame(weekday))).filter(d -> d.isBefore(day));
    }

    /** The days before {@code day} that the text says something has gone on since ("Since 2024-04-29, logins fail"). */
    static List<LocalDate> sinceBefore(String text, LocalDate day) {
        List<LocalDate> days = new ArrayList<>();
        Matcher since = SINCE.matcher(text);
        while (since.find()) {
            leading(text.substring(since.end())).filter(d -> d.isBefore(day)).ifPresent(days::add);
        }
        return days;
    }

    private static List<LocalDate> namedBefore(String written, LocalDate day, Predicate<Matcher> wanted) {
        String text = asciiDigits(written);
        List<Found> found = new ArrayList<>();
        for (Pattern format : DAY_AND_MONTH) {
            Matcher matcher = format.matcher(text);
            while (matcher.find()) {
                if (wanted.test(matcher)) {
                    before(matcher, day).ifPresent(d -> found.add(new Found(d, matcher.start(), matcher.end())));
                }
            }
        }
        return found.stream().sorted(Comparator.comparingInt(Found::start)).map(Found::day).toList();
    }

    private static Optional<LocalDate> before(Matcher matcher, LocalDate day) {
        Optional<Integer> month = month(matcher.group("name"));
        if (month.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> years = matcher.group("year") != null ? List.of(Integer.parseInt(matcher.group("year")))
                : List.of(day.getYear(), day.getYear() - YEARS_BACK);
        for (int year : years) {
            try {
                LocalDate named = LocalDate.of(year, month.get(), Integer.parseInt(matcher.group("day")));
                if (named.isBefore(day) && (matcher.group("weekday") == null || onWeekday(named, matcher.group("weekday")))) {
                    return Optional.of(named);
                }
            } catch (DateTimeException e) {
                // no such day that year, as 29 February
            }
        }
        return Optional.empty();
    }

    private static boolean onWeekday(LocalDate day, String weekday) {
        return day.getDayOfWeek() == weekdayNamed(weekday);
    }

    /** The day that the text starts with. */
    static Optional<LocalDate> leading(String text) {
        return find(text).filter(f -> f.start() == 0 || WEEKDAY_BEFORE.matcher(text.substring(0, f.start())).matches())
                .map(Found::day);
    }

    /**
     * The day a file name starts with, also written without separators as file names often have it
     * ({@code 20240311-ldap-timeouts.md}), and where the rest of the name starts.
     */
    static Optional<Found> leadingInName(String name) {
        // Underscores separate a name's parts as dashes do: 2024_08_05_sso-outage.md
        String fileName = name.replace('_', '-');
        Matcher compact = COMPACT.matcher(fileName);
        if (compact.lookingAt()) {
            Optional<LocalDate> day = day(compact);
            if (day.isPresent()) {
                return Optional.of(new Found(day.get(), 0, compact.end()));
            }
        }
        return find(fileName).filter(f -> f.start() == 0);
    }

    /**
     * A day anywhere in a file name, between other words ({@code 장애보고서_20240415_결제지연.md},
     * {@code notes_2024_08_05.md}), written without separators or with dashes, underscores or dots.
     */
    static Optional<LocalDate> inName(String name) {
        String fileName = asciiDigits(name);
        for (Pattern format : List.of(COMPACT_WITHIN, DAY_IN_NAME)) {
            Matcher matcher = format.matcher(fileName);
            while (matcher.find()) {
                Optional<LocalDate> day = day(matcher);
                if (day.isPresent()) {
                    return day;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The text with every decimal digit as an ASCII one, at the same place: Arabic-Indic ١٠ سبتمبر ٢٠٢٤
     * and Thai digits are read as 10 and 2024.
     */
    private static String asciiDigits(String text) {
        StringBuilder ascii = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0x7f && Character.isDigit(c)) {
                if (ascii == null) {
                    ascii = new StringBuilder(text);
                }
                ascii.setCharAt(i, (char) ('0' + Character.digit(c, 10)));
            }
        }
        return ascii == null ? text : ascii.toString();
    }

    /** @param start where the day's text begins in the text searched, and {@code end} where it ends */
    record Found(LocalDate day, int start, int end) {
    }

    /**
     * The names above, and those of {@code month-names.txt}: the full names of some eighty languages,
     * written from the JDK's CLDR data by {@code scripts/MonthNames.java}. A name above wins where
     * the two differ.
     */
    private static Map<String, Integer> months(String... namesPerMonth) {
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < namesPerMonth.length; i++) {
            for (String name : namesPerMonth[i].split(" ")) {
                months.put(name, i + 1);
            }
        }
        try (InputStream in = DateText.class.getResourceAsStream(MONTH_NAMES)) {
            if (in == null) {
                throw new IllegalStateException(MONTH_NAMES + " is missing from the jar");
            }
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).forEach(line -> {
                String[] names = line.split(" ");
                for (int n = 1; n < names.length; n++) {
                    months.putIfAbsent(names[n], Integer.parseInt(names[0]));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + MONTH_NAMES, e);
        }
        return Map.copyOf(months);
    }

    /** Whether a word is a month's name in one of the languages dates are read in. */
    static boolean isMonthName(String word) {
        return month(word).isPresent();
    }

    /**
     * A month name as written, found by the case-insensitive pattern: Turkish "KASIM" and "Kasim"
     * match "kasım" there, so the name is looked up with dotted and dotless i alike.
     */
    private static Optional<Integer> month(String written) {
        String name = written.toLowerCase(Locale.ROOT).replace(".", "");
        return Optional.ofNullable(MONTHS.get(name)).or(() -> MONTHS.entrySet().stream()
                .filter(e -> e.getKey().replace('ı', 'i').equals(name.replace('ı', 'i')))
                .map(Map.Entry::getValue).findFirst());
    }

    private static Optional<LocalDate> day(Matcher matcher) {
        try {
            int year = year(matcher);
            if (hasGroup(matcher, "dayOfYear")) {
                return Optional.of(LocalDate.ofYearDay(year, Integer.parseInt(matcher.group("dayOfYear"))));
            }
            Optional<Integer> named = hasGroup(matcher, "name")
                    ? month(matcher.group("name")) : Optional.of(Integer.parseInt(matcher.group("month")));
            if (named.isEmpty()) {
                return Optional.empty();
            }
            // Year 0 is no year the site can show, as DateValues refuses it in front matter.
            return Optional.of(LocalDate.of(year, named.get(), Integer.parseInt(matcher.group("day"))))
                    .filter(d -> d.getYear() > 0);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The year of the common era: a two-digit year is of this century, an era's year counted from its start. */
    private static int year(Matcher matcher) {
        if (hasGroup(matcher, "era") && matcher.group("era") != null) {
            String era = matcher.group("era").replaceAll("\\s", "");
            String written = hasGroup(matcher, "eraYear") ? matcher.group("eraYear") : matcher.group("year");
            return ERAS.get(era) + (written.equals(FIRST_YEAR_OF_ERA) ? 1 : Integer.parseInt(written));
        }
        int year = Integer.parseInt(matcher.group("year"));
        if (year >= FIRST_BUDDHIST_YEAR_WRITTEN && hasGroup(matcher, "name") && matcher.group("name") != null
                && THAI.matcher(matcher.group("name")).find()) {
            return ERAS.get(BUDDHIST_ERA) + year;
        }
        return matcher.group("year").length() == 2 ? CENTURY + year : year;
    }

    private static boolean hasGroup(Matcher matcher, String group) {
        return matcher.pattern().pattern().contains("?<" + group + ">");
    }
}
