package dev.hindsight.parse.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The commitments in a paragraph of prose under an action heading, as a reader counts them: each
 * sentence or clause in which the team says what it will do or has changed ("We are also adding
 * tests …, and our support team will get a banner tool …" is two), and each sentence a paragraph of
 * them enumerates ("First, …", "Second, forwarders will be changed …", "Finally, …").
 */
final class Commitments {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}(\"“])");
    private static final String WILL = "(?:will|'ll|are going to|is going to|'m going to|am going to|'re going to)";
    /** A clause joined by "and" that has a subject and a will of its own: "…, and our support team will get …". */
    private static final Pattern CLAUSE = Pattern.compile("(?i),?\\s+and\\s+(?=(?:we|i|our|the|[A-Z][a-z]+)\\b[^,.;]{0,40}?"
            + "(?:\\b|')" + WILL + "\\b)");
    private static final Pattern COMMITS = Pattern.compile("(?i)(?:\\b(?:we|i|our(?: [\\w-]+){1,2}|the(?: [\\w-]+){0,2} team"
            + "|\\p{Lu}\\p{Ll}+)\\s*+" + WILL + "|\\b(?:we|i|our(?: [\\w-]+){1,2}"
            + "|the(?: [\\w-]+){0,2} team|\\p{Lu}\\p{Ll}+)\\s+(?:plan to|intend to|(?:has|have) agreed to"
            + "|are (?:also )?(?:adding|introducing|moving|building|changing|reviewing|replacing|rolling out|setting up"
            + "|working on|implementing|updating|improving|migrating|creating|writing|automating|documenting|running)"
            + "|have (?:also )?(?:made|added|introduced|changed|moved|set up|started|begun|built|deployed|rolled out"
            + "|updated)))\\b");
    /** A sentence that a paragraph of commitments enumerates, whatever its subject. */
    private static final Pattern ENUMERATED = Pattern.compile("(?i)^(?:first|second|third|fourth|fifth|next|also"
            + "|additionally|in addition|finally|lastly)(?:ly)?,\\s");

    private Commitments() {
    }

    /** The paragraph's commitments, each as written; none when it makes none in so many words. */
    static List<String> in(String paragraph) {
        List<String> commitments = new ArrayList<>();
        boolean enumerates = false;
        for (String sentence : SENTENCE_END.split(paragraph.strip())) {
            boolean enumerated = ENUMERATED.matcher(sentence).find();
            for (String clause : CLAUSE.split(sentence)) {
                if (COMMITS.matcher(clause).find() || enumerated && enumerates) {
                    commitments.add(clause.strip());
                    enumerates |= enumerated;
                }
            }
        }
        return commitments;
    }
}
