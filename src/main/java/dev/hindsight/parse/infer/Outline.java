package dev.hindsight.parse.infer;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.hindsight.parse.ParentLinks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Markdown document as its headings and the blocks under each, to read metadata out of. Parsed
 * with the same table and checkbox syntax as the page, by a parser of its own that renders nothing.
 */
final class Outline {

    private static final Parser PARSER = Parser.builder(new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create()))).build();

    /**
     * One heading and the blocks up to the next heading of any level; the text before the first
     * heading is a section of level 0 with an empty title.
     */
    record Section(int level, String title, List<Node> blocks) {

        Section {
            blocks = List.copyOf(blocks);
        }

        /** Whether the section is the incident's timeline, by its name in English or another language. */
        boolean isTimeline() {
            return TIMELINES.stream().anyMatch(name()::startsWith);
        }

        /**
         * The title in lower case, without its section number ("4. Timeline", "3.2 Follow-up", "IV.
         * Timeline"), trailing punctuation or a parenthesised remark.
         */
        String name() {
            String plain = title.toLowerCase(Locale.ROOT).replaceAll("\\(.*", "").replaceAll("[\\s:.?!#*]+$", "");
            return withoutNumber(plain);
        }
    }

    /**
     * A number before a heading's or a lead-in's name, Arabic or Roman: "5.", "3.2", "IV.", a thread's
     * "3/"; not a year.
     */
    /** A remark in brackets, also in the full-width ones Chinese and Japanese write: "改善項目（影片 23:40 那段的整理）". */
    private static final Pattern REMARK = Pattern.compile("\\s*(?:\\([^()]*\\)|（[^（）]*）)");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d+)*[.)/]?|[ivxlc]+\\.)\\s+");

    private static final List<String> TIMELINES = List.of("timeline", "chronology", "sequence of events", "incident log",
            "key moments", "chronologie", "tijdlijn", "zeitleiste", "zeitablauf", "ablauf", "cronología", "cronologia",
            "línea de tiempo", "linha do tempo", "przebieg", "oś czasu", "tidslinje", "tidslinjen", "хронология",
            "経緯", "タイムライン", "时间线", "时间轴", "故障经过", "타임라인");

    private final List<Section> sections;

    private Outline(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    static Outline parse(String markdown) {
        List<Section> sections = new ArrayList<>();
        int level = 0;
        String title = "";
        List<Node> blocks = new ArrayList<>();
        Document document = ParentLinks.mend(PARSER.parse(markdown));
        keepUndefinedReferencesAsWritten(document);
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading) {
                sections.add(new Section(level, title, blocks));
                level = heading.getLevel();
                title = text(heading);
                blocks = new ArrayList<>();
            } else {
                blocks.add(node);
            }
        }
        sections.add(new Section(level, title, blocks));
        return new Outline(sections);
    }

    /**
     * "[Postmortem] CI outage" names no link, and the page shows its brackets: so does the text read
     * from it, where collecting text would leave them out.
     */
    private static void keepUndefinedReferencesAsWritten(Document document) {
        List<LinkRef> undefined = new ArrayList<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof LinkRef ref && !ref.isDefined()) {
                undefined.add(ref);
            }
        }
        for (LinkRef ref : undefined) {
            ref.insertBefore(new Text(ref.getChars()));
            ref.unlink();
        }
    }

    /** A text without its remarks in brackets: "Incident Debrief (template v3.2)" is "Incident Debrief". */
    static String withoutRemarks(String text) {
        return REMARK.matcher(text).replaceAll(" ").strip();
    }

    /** A name without the number before it ({@link #SECTION_NUMBER}). */
    static String withoutNumber(String name) {
        return SECTION_NUMBER.matcher(name.strip()).replaceFirst("").strip();
    }

    List<Section> sections() {
        return sections;
    }

    /** The blocks of section {@code index} and of the sections below it, up to the next of its level or higher. */
    List<Node> under(int index) {
        return under(index, section -> false);
    }

    /** As {@link #under(int)}, leaving out the sections below it that {@code left} picks, with theirs. */
    List<Node> under(int index, Predicate<Section> left) {
        List<Node> blocks = new ArrayList<>(sections.get(index).blocks());
        int level = sections.get(index).level();
        int leftAt = Integer.MAX_VALUE;
        for (int i = index + 1; i < sections.size() && sections.get(i).level() > level; i++) {
            Section section = sections.get(i);
            if (section.level() <= leftAt) {
                leftAt = left.test(section) ? section.level() : Integer.MAX_VALUE;
            }
            if (leftAt == Integer.MAX_VALUE) {
                blocks.addAll(section.blocks());
            }
        }
        return blocks;
    }

    /** The text a reader sees in a node, Markdown marks left out and white space made single spaces. */
    static String text(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node).replaceAll("\\s+", " ").strip();
    }
}
