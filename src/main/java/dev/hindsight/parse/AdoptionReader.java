package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.Adoption;
import dev.hindsight.model.Term;
import dev.hindsight.model.Vocabulary;

import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** Reads site.yml's {@code default_status}, {@code include} and {@code exclude}. */
final class AdoptionReader {

    private AdoptionReader() {
    }

    static Adoption read(FieldReader fields, Vocabulary statuses, Diagnostics diagnostics) {
        Term status = fields.choice("default_status", false, statuses::find, statuses.keys())
                .orElse(Adoption.UNKNOWN);
        List<String> include = globs(fields, "include", diagnostics);
        List<String> exclude = new ArrayList<>(Adoption.DEFAULT_EXCLUDE);
        exclude.addAll(globs(fields, "exclude", diagnostics));
        return new Adoption(status, include, exclude);
    }

    private static List<String> globs(FieldReader fields, String key, Diagnostics diagnostics) {
        List<String> globs = new ArrayList<>();
        for (FieldReader.Item item : fields.list(key, false)) {
            if (valid(item.text())) {
                globs.add(item.text());
            } else {
                diagnostics.error(item.position(), "config", key + " entry [" + item.text() + "] is not a glob; write "
                        + "one such as \"drafts/**\" or \"**/*.txt\"");
            }
        }
        return globs;
    }

    private static boolean valid(String glob) {
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + glob);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
