package dev.hindsight.serve;

import dev.hindsight.diagnostic.Diagnostic;
import dev.hindsight.diagnostic.Position;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The overlay shows what a postmortem says in its diagnostics as text, never as markup. */
class OverlayTest {

    @Test
    void escapesTheTextOfEachProblem() {
        String html = Overlay.html(List.of(Diagnostic.error("pm<1>.md", new Position(3, 1), "field-type",
                "title [<script>alert(\"x\")</script> & more] is not text")));

        assertTrue(html.contains("pm&lt;1&gt;.md:3:1: error: title [&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; "
                + "&amp; more] is not text"), html);
        assertFalse(html.contains("<script>"), html);
    }
}
