import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the month names that dates in postmortems are read with (DateText) from the JDK's CLDR
 * data, in the languages teams write reports in: each month's full name as a date writes it and as it
 * stands alone ("15 septembrie 2024", "9. februára 2024", "12 сентября"), and in some languages its
 * short name ("16 janv. 2025"). Run it again to change the
 * languages or take a newer JDK's data:
 *
 * <pre>java scripts/MonthNames.java src/main/resources/dev/hindsight/parse/infer/month-names.txt</pre>
 *
 * <p>Left out: names of fewer than four letters written in ASCII, which are words too often ("out"
 * is Morisyen's August, "du" Breton's November: "3 out of 5"), and names that two languages give
 * different months ("listopad" is November in Polish and Czech, October in Croatian).
 */
public final class MonthNames {

    /** Languages with many teams writing reports in them, by their ISO 639 codes. */
    private static final List<String> LANGUAGES = List.of(
            "af", "am", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo", "es",
            "et", "eu", "fa", "fi", "fil", "fo", "fr", "fy", "ga", "gl", "gu", "he", "hi", "hr", "hu", "hy", "id",
            "is", "it", "ka", "kk", "km", "kn", "ky", "lb", "lo", "lt", "lv", "mk", "ml", "mn", "mr", "ms", "mt",
            "my", "nb", "ne", "nl", "nn", "pa", "pl", "ps", "pt", "ro", "ru", "si", "sk", "sl", "sq", "sr", "sv",
            "sw", "ta", "te", "th", "tk", "tr", "uk", "ur", "uz", "vi", "zu",
            // where a country's names differ from its language's: Austria's "Jänner", Serbian in Latin script
            "de-AT", "sr-Latn");
    /**
     * Languages whose dates decline the month by an ending CLDR does not give: "21. februara 2024",
     * "5. septembra" in Serbian and Bosnian, where CLDR has "februar", "septembar".
     */
    private static final Set<String> GENITIVE_IN_A = Set.of("bs", "sr", "sr-Latn");
    /**
     * Languages whose dates decline the month by other endings CLDR does not give: Latvian's "10.
     * jūnijā" and "10. jūnija" (locative and genitive of "jūnijs"), Basque's "otsailaren 4a" (genitive
     * of "otsaila").
     */
    private static final Map<String, java.util.function.Function<String, List<String>>> DECLINED = Map.of(
            "lv", MonthNames::latvian, "eu", name -> name.endsWith("a") ? List.of(name + "ren") : List.of());
    /**
     * Languages whose dates often abbreviate the month, as a French "16 janv. 2025" does: their short
     * names too, without the dot (DateText reads one after any name).
     */
    private static final Set<String> SHORT_TOO = Set.of("fr", "es", "it", "pt", "nl", "de", "ca", "ro");
    private static final Pattern NAME = Pattern.compile("\\p{L}[\\p{L}\\p{M}]*");
    /** Bosnian's "juni" is "juna" in a date, not "junia": only names ending in a consonant take the "a". */
    private static final Pattern VOWEL_END = Pattern.compile("[aeiouаеиоу]$");
    private static final Pattern SHORT_ASCII = Pattern.compile("[a-z]{1,3}");

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java scripts/MonthNames.java OUTPUT_FILE");
            System.exit(2);
        }
        Map<String, Set<Integer>> months = new TreeMap<>();
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (Month month : Month.values()) {
                List<TextStyle> styles = SHORT_TOO.contains(language)
                        ? List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)
                        : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE);
                for (TextStyle style : styles) {
                    String name = month.getDisplayName(style, locale).toLowerCase(locale).replaceAll("\\.$", "");
                    List<String> forms = new ArrayList<>(GENITIVE_IN_A.contains(language) && !VOWEL_END.matcher(name).find()
                            ? List.of(name, genitive(name)) : List.of(name));
                    forms.addAll(DECLINED.getOrDefault(language, n -> List.of()).apply(name));
                    for (String form : forms) {
                        if (NAME.matcher(form).matches() && !SHORT_ASCII.matcher(form).matches()) {
                            months.computeIfAbsent(form, n -> new TreeSet<>()).add(month.getValue());
                        }
                    }
                }
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("# Month names by month, from the JDK's CLDR data (Java " + Runtime.version().feature()
                + "), written by scripts/MonthNames.java; do not edit by hand.");
        for (Month month : Month.values()) {
            lines.add(month.getValue() + " " + months.entrySet().stream()
                    .filter(e -> e.getValue().equals(Set.of(month.getValue())))
                    .map(Map.Entry::getKey).collect(Collectors.joining(" ")));
        }
        Files.write(Path.of(args[0]), lines);
    }

    /** "janvāris" is "janvārī" and "janvāra" in a date, "jūnijs" "jūnijā" and "jūnija". */
    private static List<String> latvian(String name) {
        if (name.endsWith("is")) {
            String stem = name.substring(0, name.length() - 2);
            return List.of(stem + "ī", stem + "a");
        }
        if (name.endsWith("s")) {
            String stem = name.substring(0, name.length() - 1);
            return List.of(stem + "ā", stem + "a");
        }
        return List.of();
    }

    /** "februar" is "februara", "septembar" "septembra", in either script. */
    private static String genitive(String name) {
        boolean cyrillic = Character.UnicodeBlock.of(name.charAt(0)) == Character.UnicodeBlock.CYRILLIC;
        String bar = cyrillic ? "бар" : "bar";
        String a = cyrillic ? "а" : "a";
        return name.endsWith(bar) ? name.substring(0, name.length() - 2) + (cyrillic ? "ра" : "ra") : name + a;
    }
}
