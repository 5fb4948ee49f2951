package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops what a template or another generator left in a body that no reader should see: HTML
 * comments ({@code <!-- fill in ... -->}) and Liquid tags ({@code {% include x %}}, {@code {{ site.x }}}).
 * Code blocks and code spans keep them, since there they are what is being shown. Line breaks are
 * kept, so the lines of later problems stay the file's. Roam's to-do button at a list item's start,
 * {@code {{[[TODO]]}}} or {@code {{[[DONE]]}}}, is no template's: it becomes the checkbox it stands for.
 */
public final class TemplateLeftovers {

    private static final Pattern LEFTOVER = Pattern.compile("(?s)<!--.*?-->|\\{%.*?%}|\\{\\{.*?}}");
    private static final Pattern ROAM_TODO = Pattern.compile("\\{\\{\\[\\[(TODO|DONE)]]}}");
    private static final Pattern ITEM_START = Pattern.compile("(?:^|\\n)[ \\t]*[-*+][ \\t]+$");
    private static final Pattern CODE = Pattern.compile("(?m)^( {0,3})(```|~~~)[^\\n]*\\n(?s:.*?)(?:^\\1?\\2[ \\t]*$|\\z)|`[^`\\n]+`");

    private TemplateLeftovers() {
    }

    public static String strip(String body, int firstLine, Diagnostics diagnostics) {
        // Most bodies have none; looking for code blocks in them was a tenth of a build.
        if (!body.contains("<!--") && !body.contains("{%") && !body.contains("{{")) {
            return body;
        }
        StringBuilder kept = new StringBuilder();
        int comments = 0;
        int tags = 0;
        int firstAt = -1;
        int from = 0;
        Matcher code = CODE.matcher(body);
        while (from <= body.length()) {
            int codeStart = code.find(from) ? code.start() : body.length();
            Matcher leftover = LEFTOVER.matcher(body).region(from, codeStart);
            int last = from;
            while (leftover.find()) {
                kept.append(body, last, leftover.start());
                last = leftover.end();
                Matcher todo = ROAM_TODO.matcher(leftover.group());
                if (todo.matches() && ITEM_START.matcher(kept.substring(Math.max(0, kept.lastIndexOf("\n")))).find()) {
                    kept.append(todo.group(1).equals("DONE") ? "[x]" : "[ ]");
                    continue;
                }
                kept.append(leftover.group().replaceAll("[^\\n]", ""));
                firstAt = firstAt < 0 ? leftover.start() : firstAt;
                if (leftover.group().startsWith("<!--")) {
                    comments++;
                } else {
                    tags++;
                }
            }
            kept.append(body, last, codeStart);
            if (codeStart == body.length()) {
                break;
            }
            kept.append(code.group());
            from = code.end();
        }
        if (firstAt >= 0) {
            diagnostics.warning(new LineMap(body, firstLine).positionOf(firstAt), "template-leftovers",
                    describe(comments, tags) + " left out of the page; delete "
                            + (comments + tags == 1 ? "it" : "them") + " from the file, or put them in a code block to show them");
        }
        return kept.toString();
    }

    private static String describe(int comments, int tags) {
        String c = comments == 0 ? "" : comments + (comments == 1 ? " HTML comment" : " HTML comments");
        String t = tags == 0 ? "" : tags + (tags == 1 ? " Liquid tag" : " Liquid tags");
        return c.isEmpty() ? t : t.isEmpty() ? c : c + " and " + t;
    }
}
