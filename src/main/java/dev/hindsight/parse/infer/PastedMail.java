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

    private PastedMail() {
    }

    static Outline outline(IndentedCodeBlock code) {
        String text = INDENT.matcher(code.getChars().toString()).replaceAll("");
        return Outline.parse(HASH_LINE.matcher(text).replaceAll("$1\\\\#"));
    }
}
