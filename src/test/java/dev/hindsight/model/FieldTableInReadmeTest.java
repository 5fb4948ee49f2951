package dev.hindsight.model;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's tables of fields are the parser's own table, so the two can never drift apart. */
class FieldTableInReadmeTest {

    private static final String START = "<!-- fields: from FrontMatterFields; FieldTableInReadmeTest keeps it true -->\n";
    private static final String END = "<!-- end of fields -->\n";

    static String tables() {
        return table("Postmortem fields", FrontMatterFields.POSTMORTEM) + "\n"
                + table("Fields of each action item", FrontMatterFields.ACTION_ITEM);
    }

    private static String table(String caption, List<Field> fields) {
        return "| " + caption + " | required | kind | what to write |\n| --- | --- | --- | --- |\n"
                + fields.stream().map(f -> "| `" + f.key() + "` | " + (f.required() ? "yes" : "no") + " | "
                        + f.kind().label() + " | " + f.description() + " |\n").collect(Collectors.joining());
    }

    @Test
    void readmeListsEveryFieldAsTheParserReadsIt() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);

        assertEquals(tables(), start < 0 || end < start ? "(no field tables between the markers)"
                : readme.substring(start + START.length(), end), "README.md's field tables; paste the expected text");
    }
}
