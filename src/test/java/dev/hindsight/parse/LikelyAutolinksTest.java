package dev.hindsight.parse;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Skipping text that cannot hold a link must never change which links flexmark finds. */
class LikelyAutolinksTest {

    private static String render(Parser.ParserExtension autolinks, String markdown) {
        MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, List.of(autolinks));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "See https://status.example.com/incidents/42 for details.",
            "Mail oncall@example.com or ONCALL@EXAMPLE.COM.",
            "Docs at www.example.org/runbook and WWW.EXAMPLE.ORG.",
            "Wrote ftp://files.example.com/x and custom+scheme://x then a bare scheme:// here.",
            "Escaped https\\://example.com and www\\.example.com and a\\@b.co.",
            "Entities: https&#58;//example.com, www&#46;example.com, a&#64;example.com.",
            "No links: 14:02 UTC, p99 latency, e.g. 5.3 ms, W3C, wwwx, .www, ww.w.",
            "Split *https://a.example.com/x* and _www.b.example.com_ and **c@d.example.com**.",
            "A table\n\n| when | link |\n| --- | --- |\n| 10:00 | https://x.example.com/y |\n",
            "`https://in.code.example.com` stays code; [text](https://x.example.com) stays a link.",
    })
    void findsTheSameLinksAsFlexmarksOwnAutolinking(String markdown) {
        assertEquals(render(AutolinkExtension.create(), markdown), render(LikelyAutolinks.create(), markdown));
    }
}
