package dev.hindsight.parse;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser, in time linear in the paragraph. flexmark reads every link, entity and
 * code span with a regular expression and keeps the match through {@code Matcher.toMatchResult()},
 * which on Java 17 copies the whole text being matched: the whole paragraph, once per link. A
 * paragraph of 10,000 links took 17 s that way. These overrides read the same offsets from the
 * matcher itself, so each match costs the length of what it matched.
 *
 * <p>Some shapes stay quadratic inside flexmark, and a paragraph of them is refused with
 * {@link BodyTooComplex}: emphasis or links nested hundreds deep (the autolink extension walks up
 * from every piece of text to the paragraph), and many {@code ](} in a run without spaces, as in
 * {@code [a](x[a](y)z[a](x[a](y)z…}, each of which reads a link target to the end of the run. And
 * a paragraph with thousands of both link brackets and emphasis delimiters is refused before it is
 * parsed.
 */
final class LinearInlineParser extends InlineParserImpl {

    /** Deeper than any prose, shallow enough that walking up from every text node stays cheap. */
    static final int MAX_NESTING = 100;

    /** More link brackets and delimiter runs than any prose has in one paragraph, few enough to render quickly. */
    static final int MAX_MIXED = 2_000;

    /** How many characters of link targets a paragraph may have read, per character of its text. */
    private static final int TARGET_READS_PER_CHARACTER = 16;

    private BasedSequence budgetedInput;
    private long targetCharactersRead;

    /** flexmark reads link reference definitions only with its own inline parser, so they are added back. */
    static Parser.Builder install(Parser.Builder builder) {
        return builder.customInlineParserFactory(LinearInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
    }

    private LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                               Map<Character, DelimiterProcessor> delimiterProcessors,
                               LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    @Override
    public void parse(BasedSequence input, Node block) {
        if (mixesTooManyBracketsAndDelimiters(input)) {
            throw new BodyTooComplex(input.getStartOffset(), "the paragraph has more than " + MAX_MIXED
                    + " link brackets and as many runs of * or _ at once, too many to render in reasonable time; "
                    + "split the paragraph, or put such text in a ``` code block");
        }
        super.parse(input, block);
        if (deepestNesting(block) > MAX_NESTING) {
            throw new BodyTooComplex(input.getStartOffset(), "the paragraph nests emphasis, links or images more "
                    + "than " + MAX_NESTING + " levels deep, too deep to render in reasonable time; remove the nesting");
        }
    }

    @Override
    public BasedSequence parseLinkDestination() {
        if (input != budgetedInput) {
            budgetedInput = input;
            targetCharactersRead = 0;
        }
        BasedSequence target = super.parseLinkDestination();
        targetCharactersRead += target.length() + 1;
        if (targetCharactersRead > (long) TARGET_READS_PER_CHARACTER * input.length() + 10_000) {
            throw new BodyTooComplex(input.getStartOffset(), "the paragraph has too many \"](\" without spaces "
                    + "between them to render in reasonable time; put spaces between the links, or split the paragraph");
        }
        return target;
    }

    /**
     * Whether the paragraph has thousands of both {@code [} and runs of {@code *} or {@code _}: flexmark
     * matches such delimiters against every open bracket, in time that grows with the square of the
     * paragraph ({@code [a](*a **b } repeated 40,000 times took 52 s). Either alone stays linear.
     */
    private static boolean mixesTooManyBracketsAndDelimiters(BasedSequence input) {
        int brackets = 0;
        int runs = 0;
        char previous = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == '[') {
                brackets++;
            } else if ((c == '*' || c == '_') && c != previous) {
                runs++;
            }
            previous = c;
        }
        return brackets > MAX_MIXED && runs > MAX_MIXED;
    }

    /** How many levels of inline nodes the paragraph has, found without recursion. */
    private static int deepestNesting(Node block) {
        int depth = 1;
        int deepest = 0;
        Node node = block.getFirstChild();
        while (node != null) {
            deepest = Math.max(deepest, depth);
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != block && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == block ? null : node.getNext();
        }
        return deepest;
    }

    /** @return the matcher after a match at or after the current index, which moves past it; or null */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input).region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }
}
