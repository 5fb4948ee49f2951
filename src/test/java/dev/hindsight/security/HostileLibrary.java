package dev.hindsight.security;

import dev.hindsight.testing.ProjectFolder;

/** A library in which every field a person writes tries to inject markup or script. */
final class HostileLibrary {

    private HostileLibrary() {
    }

    static ProjectFolder write(ProjectFolder project, String allowHtml) {
        project.write("site-src/site.yml", "title: \"" + HostileContentTest.SCRIPT + " Postmortems\"\n"
                + "description: \"" + HostileContentTest.IMG + "\"\n"
                + "allow_html: " + allowHtml + "\n");
        project.write("site-src/pages/evil.md", "---\ntitle: \"" + HostileContentTest.SCRIPT + "\"\n---\n" + BODY);
        project.write("postmortems/script.md", frontMatter(HostileContentTest.SCRIPT) + BODY);
        project.write("postmortems/img.md", frontMatter(HostileContentTest.IMG) + BODY);
        return project;
    }

    /** Every text field of the front matter set to the hostile string (quoted, so YAML keeps it whole). */
    private static String frontMatter(String hostile) {
        String q = "\"" + hostile + "\"";
        return "---\n"
                + "title: " + q + "\n"
                + "date: 2026-03-01\n"
                + "authors: [" + q + ", second]\n"
                + "status: complete\n"
                + "services: [" + q + ", \"../../x\"]\n"
                + "team: " + q + "\n"
                + "tags: [" + q + ", \"<b>\", CON]\n"
                + "summary: " + q + "\n"
                + "impact: " + q + "\n"
                + "action_items:\n"
                + "  - title: " + q + "\n"
                + "    owner: " + q + "\n"
                + "    status: open\n"
                + "    priority: " + q + "\n"
                + "    ticket: " + q + "\n"
                + "---\n";
    }

    private static final String BODY = """
            ## Summary

            <script>alert(1)</script>

            Block: <script>alert(1)</script>

            <img src=x onerror=alert(1)>

            <div onmouseover="alert(1)">raw div</div>

            Inline <script>alert(1)</script> and <img src=x onerror=alert(1)> here.

            Raw <a href="javascript:alert(1)">raw link</a> and <kbd onclick="alert(1)">k</kbd> and <svg onload=alert(1)>.

            Code `<script>alert(1)</script>` and `<img src=x onerror=alert(1)>`.

            ```
            <script>alert(1)</script>
            <img src=x onerror=alert(1)>
            ```

            ## <img src=x onerror=alert(1)> heading

            | <script>alert(1)</script> | b |
            | --- | --- |
            | <img src=x onerror=alert(1)> | [bad 12](javascript:alert(1)) |

            <!-- <script>alert(1)</script> -->

            <![CDATA[<script>alert(1)</script>]]>

            ## Links

            - [bad 1](javascript:alert(1))
            - [bad 2](JaVaScRiPt:alert(1))
            - [bad 3](java&#09;script:alert(1))
            - [bad 4](vbscript:msgbox)
            - [bad 5](data:text/html;base64,PHNjcmlwdD4=)
            - ![bad image](javascript:alert(1))
            - <javascript:alert(1)>
            - [bad 6][r]
            - [bad 7](&#106;avascript:alert(1))
            - [bad 8](javascript&colon;alert(1))
            - [bad 9](<javascript:alert(1)>)
            - [bad 10]( javascript:alert(1) "title")
            - [bad 11](&#x4A;AVASCRIPT:alert(1))
            - [bad 13](java script:alert(1))
            - [bad 14](<java script:alert(1)> "spaced")
            - [titled](https://example.com/t "a\\" onmouseover=\\"alert(1)")
            - ![<img src=x onerror=alert(1)>](https://example.com/i.png "<script>alert(1)</script>")
            - www.example.com/<script>alert(1)</script>
            - [good](https://example.com/fine)

            [r]: javascript:alert(1)

            ## Formatting

            Press <kbd>Ctrl</kbd>+<kbd>C</kbd>, H<sub>2</sub>O, <abbr title="Service Level Objective">SLO</abbr>,
            <abbr title="x" onclick="alert(1)">bad abbr</abbr>, <details open ontoggle=alert(1)>.

            <details>
            <summary>Never closed</summary>

            Inside.
            """;
}
