package dev.hindsight.parse.infer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure a reader sees that CommonMark does not: a MediaWiki page's {@code == Summary ==}, a
 * Confluence page's wiki markup left as text ({@code h2. Actions}, a {@code {jira:…|title=…|status=…}}
 * macro as the item it links, an {@code {expand:title=…}} as a group under the heading), a
 * numbered heading underlined with dashes ({@code 5. What should we improve?} over {@code ---}),
 * which CommonMark reads as a list item over a thematic break, a Pandoc title block ({@code %
 * Title}, {@code % Authors}, {@code % Date} on the first lines), which becomes key lines, Pandoc's
 * tables ({@link PandocTables}), MyST's list tables ({@link ListTables}) and todo directives ({@link TodoDirectives}), Slack's mrkdwn, whose bold is in single asterisks ({@code *Status:*
 * Resolved}), which becomes bold as Markdown writes it, and blocks whose body is indented under an
 * opening line, which CommonMark reads as code or as a nested list: a MkDocs admonition ({@code !!!
 * todo "Follow-ups"}) becomes a bold lead-in over its body, an outliner's heading bullet ({@code - ##
 * Follow-ups}, its items tab-indented under it) a heading over its items.
 * Rewritten line for line, so that line numbers stay, and outside fenced code only; the page itself
 * is rendered from the text as written.
 */
final class MarkupLines {

    private static final Pattern WIKI_HEADING = Pattern.compile("^(={1,6})[ \\t]*([^=\\s][^=]*?)[ \\t]*\\1[ \\t]*$");
    /** Confluence's and Jira's wiki markup, as a page exported with its macros left as text shows it. */
    private static final Pattern CONFLUENCE_HEADING = Pattern.compile("^h([1-6])\\.[ \\t]+(\\S.*)$");
    /** A Jira issue macro: {@code {jira:key=PLAT-2201|title=Move the VACUUM|status=Done}}. */
    private static final Pattern JIRA_MACRO = Pattern.compile("^\\s*\\{jira:(?=[^}]*\\btitle=)([^}]*)}\\s*$");
    /** An expand macro's opening line, whose title heads what it folds away: {@code {expand:title=Not taken forward}}. */
    private static final Pattern EXPAND_MACRO = Pattern.compile("^\\s*\\{expand(?::title=([^}|]*))?[^}]*}\\s*$");
    private static final Pattern NUMBERED_LINE = Pattern.compile("^( {0,3}\\d{1,9})([.)])(\\s+\\S.*)$");
    private static final Pattern UNDERLINE = Pattern.compile("^ {0,3}(?:-+|=+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:```|~~~)");
    private static final Pattern ADMONITION = Pattern.compile("^(?:!!!|\\?\\?\\?\\+?)[ \\t]+([\\w-]+)(?:[ \\t]+\"([^\"]*)\")?[ \\t]*$");
    private static final Pattern HEADING_BULLET = Pattern.compile("^[-*+][ \\t]+(#{1,6}[ \\t]+\\S.*)$");
    private static final Pattern INDENT = Pattern.compile("^[ \\t]+");
    /** A key line in Slack's bold: "*Severity:* SEV-2". */
    private static final Pattern SLACK_KEY_LINE = Pattern.compile("^\\*[^*\\s][^*\\n]*:\\*\\s");
    /** Slack's bold at a line's start: "*Login 500s after a config push*", "*Status:*". */
    private static final Pattern SLACK_BOLD = Pattern.compile("^\\*([^*\\s][^*\\n]*?)\\*(?=\\s|$)");
    /** Key lines in Slack's bold that make a document Slack's, where single asterisks are bold, not emphasis. */
    private static final int MIN_SLACK_KEY_LINES = 2;

    private static final Pattern TITLE_BLOCK_LINE = Pattern.compile("^%[ \\t]+(\\S.*)$");
    /** The keys of a Pandoc title block's lines, in their order. */
    private static final List<String> TITLE_BLOCK_KEYS = List.of("Title", "Authors", "Date");

    private MarkupLines() {
    }

    private static String heading(int level, String title) {
        return "#".repeat(level) + " " + title;
    }

    /** A Jira macro as the list item it stands for: its title, its key in brackets, its status after a dot. */
    private static String jiraItem(String macro) {
        Map<String, String> fields = new HashMap<>();
        for (String field : macro.split("\\|")) {
            int equals = field.indexOf('=');
            if (equals > 0) {
                fields.put(field.substring(0, equals).strip(), field.substring(equals + 1).strip());
            }
        }
        return "- " + fields.get("title") + (fields.containsKey("key") ? " (" + fields.get("key") + ")" : "")
                + (fields.containsKey("status") ? " · " + fields.get("status") : "");
    }

    static String rewrite(String markdown) {
        String[] lines = markdown.split("\n", -1);
        ListTables.rewrite(lines);
        TodoDirectives.rewrite(lines);
        for (int i = 0; i < Math.min(lines.length, TITLE_BLOCK_KEYS.size()); i++) {
            Matcher line = TITLE_BLOCK_LINE.matcher(lines[i]);
            if (!line.matches()) {
                break;
            }
            lines[i] = TITLE_BLOCK_KEYS.get(i) + ": " + line.group(1);
        }
        boolean[] code = new boolean[lines.length];
        boolean slack = Arrays.stream(lines).filter(line -> SLACK_KEY_LINE.matcher(line).find()).count()
                >= MIN_SLACK_KEY_LINES;
        boolean fenced = false;
        // The indentation of the body under an admonition's or a heading bullet's line, once its first line gives it.
        String body = null;
        for (int i = 0; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).find()) {
                fenced = !fenced;
            }
            code[i] = fenced;
            if (fenced) {
                continue;
            }
            Matcher indent = INDENT.matcher(lines[i]);
            if (body != null && body.isEmpty() && !lines[i].isBlank()) {
                body = indent.lookingAt() ? indent.group() : null;
            }
            // Logseq indents a block's properties with spaces and its children with a tab: either is its body.
            String under = body != null && !body.isEmpty() && !body.contains("\t") && lines[i].startsWith("\t") ? "\t" : body;
            if (under != null && !under.isEmpty() && lines[i].startsWith(under)) {
                lines[i] = lines[i].substring(under.length());
                // A heading bullet in the body heads its own children: "- ### Actions" under "- ## Post-mortem".
                Optional<String> inner = headingBullet(lines, i);
                if (inner.isPresent()) {
                    lines[i] = inner.get();
                    body = "";
                }
                continue;
            }
            if (body != null && !lines[i].isBlank()) {
                body = null;
            }
            if (slack) {
                lines[i] = SLACK_BOLD.matcher(lines[i]).replaceFirst("**$1**");
            }
            Matcher wiki = WIKI_HEADING.matcher(lines[i]);
            Matcher numbered = NUMBERED_LINE.matcher(lines[i]);
            Matcher admonition = ADMONITION.matcher(lines[i]);
            Optional<String> headingBullet = headingBullet(lines, i);
            Matcher confluenceHeading = CONFLUENCE_HEADING.matcher(lines[i]);
            Matcher jira = JIRA_MACRO.matcher(lines[i]);
            Matcher expand = EXPAND_MACRO.matcher(lines[i]);
            if (admonition.matches()) {
                lines[i] = "**" + admonition.group(1) + (admonition.group(2) == null ? "" : " — " + admonition.group(2)) + "**";
                body = "";
            } else if (headingBullet.isPresent()) {
                lines[i] = headingBullet.get();
                body = "";
            } else if (wiki.matches()) {
                lines[i] = heading(wiki.group(1).length(), wiki.group(2));
            } else if (confluenceHeading.matches()) {
                lines[i] = heading(Integer.parseInt(confluenceHeading.group(1)), confluenceHeading.group(2));
            } else if (jira.matches()) {
                lines[i] = jiraItem(jira.group(1));
            } else if (expand.matches()) {
                // As a heading below any section's, so that its title groups what it folds away.
                lines[i] = expand.group(1) == null || expand.group(1).isBlank() ? "" : "###### " + expand.group(1).strip();
            } else if (numbered.matches() && i + 1 < lines.length && UNDERLINE.matcher(lines[i + 1]).matches()
                    && (i == 0 || lines[i - 1].isBlank())) {
                lines[i] = numbered.group(1) + "\\" + numbered.group(2) + numbered.group(3);
            }
        }
        PandocTables.rewrite(lines, code);
        return String.join("\n", lines);
    }

    /** Line {@code i} as the heading it stands for, when it is an outliner's heading bullet with children ({@link #hasChildren}). */
    private static Optional<String> headingBullet(String[] lines, int i) {
        Matcher bullet = HEADING_BULLET.matcher(lines[i]);
        return bullet.matches() && hasChildren(lines, i) ? Optional.of(bullet.group(1)) : Optional.empty();
    }

    /**
     * Whether the lines below an outliner's bullet are indented under it, as a heading's body is:
     * "- ## Follow-ups" over its items is a heading, "- # of failed orders: 312" among other bullets
     * is a count.
     */
    private static boolean hasChildren(String[] lines, int bullet) {
        for (int i = bullet + 1; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return INDENT.matcher(lines[i]).lookingAt();
            }
        }
        return false;
    }
}
