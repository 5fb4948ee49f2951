package dev.hindsight.security;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The checker of the hostile-content test must itself catch what it is there to catch. */
class SafeHtmlTest {

    @Test
    void findsScriptElementsEventHandlersAndScriptUrls() {
        String html = "<p><script>x</script><img src=' java\tSCRIPT:alert(1)' onError=x>"
                + "<a href='data:text/html,x'>d</a><a href='VBScript:x'>v</a><iframe src=x></iframe></p>";

        List<String> problems = SafeHtml.problems(Jsoup.parse(html));

        assertEquals(List.of("<script> element: <script>x</script>",
                "src=\" java\tSCRIPT:alert(1)\" on <img>", "event handler onerror on <img>",
                "href=\"data:text/html,x\" on <a>", "href=\"VBScript:x\" on <a>",
                "<iframe> element: <iframe src=\"x\"></iframe>"), problems);
    }

    @Test
    void acceptsPlainLinksAndText() {
        String html = "<p>&lt;script&gt; <a href='../x/index.html'>x</a> <a href='https://e.com/javascript:'>y</a></p>";

        assertEquals(List.of(), SafeHtml.problems(Jsoup.parse(html)));
    }

    @Test
    void acceptsOnlyTheThemesOwnDeferredScriptInTheHead() {
        String html = "<head><script src='../../assets/site.js' defer></script><script src='/repo/assets/site.js' defer></script>"
                + "<script src='//evil.example/assets/site.js' defer></script><script src='assets/site.js'></script></head>"
                + "<body><script src='assets/site.js' defer></script></body>";

        assertEquals(List.of("<script> element: <script src=\"//evil.example/assets/site.js\" defer></script>",
                "<script> element: <script src=\"assets/site.js\"></script>",
                "<script> element: <script src=\"assets/site.js\" defer></script>"), SafeHtml.problems(Jsoup.parse(html)));
    }
}
