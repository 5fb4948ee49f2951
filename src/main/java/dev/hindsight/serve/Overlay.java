package dev.hindsight.serve;

import com.vladsch.flexmark.util.sequence.Escaping;
import dev.hindsight.diagnostic.Diagnostic;

import java.util.List;

/**
 * The problems of the last build, shown over every page while the last good site stays served, so
 * that a writer sees what to fix in the page they are looking at. Styled inline, as it must look
 * the same over any theme.
 */
final class Overlay {

    static final String ID = "hindsight-problems";

    private Overlay() {
    }

    static String html(List<Diagnostic> problems) {
        StringBuilder html = new StringBuilder("<div id=\"" + ID + "\" role=\"alert\" style=\"position:fixed;"
                + "inset:auto 1rem 1rem 1rem;z-index:2147483647;max-height:60vh;overflow:auto;padding:1rem 1.25rem;"
                + "background:#2b0b0e;color:#ffe9e9;border:2px solid #ff6b6b;border-radius:8px;"
                + "font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;box-shadow:0 8px 30px rgba(0,0,0,.4)\">"
                + "<strong style=\"font-size:15px\">The site cannot be built: " + count(problems)
                + ". This is the last good build; fix the file and save.</strong><ul style=\"margin:.5rem 0 0;"
                + "padding-left:1.25rem\">");
        for (Diagnostic problem : problems) {
            html.append("<li>").append(Escaping.escapeHtml(problem.format(), false)).append("</li>");
        }
        return html.append("</ul></div>").toString();
    }

    private static String count(List<Diagnostic> problems) {
        return problems.size() + (problems.size() == 1 ? " error" : " errors");
    }
}
