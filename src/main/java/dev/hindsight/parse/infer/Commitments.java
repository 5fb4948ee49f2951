package dev.hindsight.parse.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The commitments in a paragraph of prose under an action heading, as a reader counts them: each
 * sentence or clause in which the team says what it will do or has changed ("We are also adding
 * tests …, and our support team will get a banner tool …" is two), and each sentence a paragraph of
 * them enumerates ("First, …", "Second, forwarders will be changed …", "Finally, …"). In other
 * languages, whose "we will" this does not read, a paragraph that counts its sentences off ("Po
 * pierwsze, …", "Po drugie, …", "Erstens …") commits to each sentence it counts.
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
    private static final String ORDINALS = "first|second|third|fourth|fifth|sixth|finally|lastly";
    private static final Pattern ENUMERATED = Pattern.compile("(?i)^(?:" + ORDINALS + "|next|also|additionally|in addition)"
            + "(?:ly)?,\\s");

    /**
     * A sentence counted off in another language: Polish, German, French, Spanish, Portuguese, Italian,
     * Dutch, Scandinavian, Czech, Slovak, Russian, Ukrainian, Hungarian, Romanian, Turkish, Finnish,
     * Indonesian, Catalan and Greek ordinals; words that begin other sentences too (Indonesian
     * "pertama", as in "the first time") count only before a comma.
     */
    private static final Pattern COUNTED_OFF = Pattern.compile("(?iu)^(?:(?:po (?:pierwsze|drugie|trzecie|czwarte|piąte)"
            + "|premièrement|deuxièmement|troisièmement|quatrièmement|en (?:premier|second|dernier) lieu"
            + "|en (?:primer|segundo|tercer|cuarto) lugar|em (?:primeiro|segundo|terceiro|quarto) lugar"
            + "|in (?:primo|secondo|terzo|quarto) luogo|ten (?:eerste|tweede|derde|vierde)"
            + "|för det (?:första|andra|tredje|fjärde)|for det (?:første|andre|andet|tredje|fjerde)"
            + "|za (?:prvé|druhé|třetí|čtvrté)|po (?:prvé|druhé|tretie|štvrté)"
            + "|во-первых|во-вторых|в-третьих|в-четвёртых|в-четвертых|по-перше|по-друге|по-третє|по-четверте"
            + "|în (?:primul|al doilea|al treilea|al patrulea) rând|ilk olarak|ikinci olarak|üçüncü olarak"
            + "|en (?:primer|segon|tercer|quart) lloc)[,:]?\\s"
            + "|(?:birincisi|ikincisi|üçüncüsü|πρώτον|δεύτερον|τρίτον|τέταρτον|pertama|kedua|ketiga|keempat)[,:]\\s"
            + "|(?:erstens|zweitens|drittens|viertens|ensinnäkin|toiseksi|kolmanneksi|neljänneksi"
            + "|először|másodszor|harmadszor|negyedszer)[,:]?\\s)");

    /** Ordinals that open the paragraphs of a list of measures written as prose: "First, …", "Second, …", "Finally, …". */
    private static final Pattern ORDINAL = Pattern.compile("(?i)^(?:" + ORDINALS + ")(?:ly)?,\\s");

    private Commitments() {
    }

    /** Whether a paragraph opens by counting itself off: "Second, the service will …", "Po drugie, …". */
    static boolean countsOff(String paragraph) {
        return ORDINAL.matcher(paragraph).find() || COUNTED_OFF.matcher(paragraph).find();
    }

    /** The paragraph's commitments, each as written; none when it makes none in so many words. */
    static List<String> in(String paragraph) {
        List<String> commitments = new ArrayList<>();
        String[] sentences = SENTENCE_END.split(paragraph.strip());
        List<String> countedOff = Arrays.stream(sentences)
                .filter(sentence -> COUNTED_OFF.matcher(sentence).find()).map(String::strip).toList();
        if (countedOff.size() >= 2) {
            return countedOff;
        }
        boolean enumerates = false;
        for (String sentence : sentences) {
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
