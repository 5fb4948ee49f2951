package dev.hindsight.parse.infer;

import com.vladsch.flexmark.ast.IndentedCodeBlock;

import java.util.regex.Pattern;

/**
 * A plain-text mail that a list archive shows as preformatted text, which Markdown reads as an
 * indented code block. Its headings are lines underlined with dashes or equals signs, as plain text
 * writes them; a line opening with {@code #} is a comment of a code sample, never a heading.
 */
final class PastedMail {

    private static final Pattern INDENT = Pattern.compile("(?m)^(?: {1,4}|\\t)");
    private static final Pattern HASH_LINE = Pattern.compile("(?m)^(\\s*)#");
    /**
     * What only a mail shows: its From or Subject header, a greeting or a sign-off on a line of its
     * own ("Hi all,", "Thanks, Ada"), or a list archive's markers, such as Mailman's "next part" line
     * and its links to the previous and next message. A manifest or a log indented as code has none of them.
     */
    private static final Pattern MAIL_MARK = Pattern.compile("(?im)^\\s*(?:from|subject)\\s*:\\s*\\S"
            + "|^\\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\\b[^\\n,:]{0,40},\\s*$"
            + "|^\\s*(?:thanks|thank you|cheers|regards|best|best regards|kind regards)\\b[^\\n]{0,30}$"
            + "|^\\s*-{5,} ?next part ?-{5,}|^\\s*(?:previous|next) message\\s*:");

    private PastedMail() {
    }

    /** Whether an indented block is a mail rather than code, a log or a manifest. */
    static boolean is(IndentedCodeBlock code) {
        return MAIL_MARK.matcher(code.getChars()).find();
    }

    static Outline outline(IndentedCodeBlock code) {
        String text = INDENT.matcher(code.getChars().toString()).replaceAll("");
        return Outline.parse(HASH_LINE.matcher(text).replaceAll("$1\\\\#"));
    }
}
