package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.FileNames;

import java.util.Locale;
import java.util.regex.Pattern;

/** An id becomes a folder of the site: it must be a plain, portable file name. */
final class IdRules {

    private static final Pattern SAFE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,119}");

    private IdRules() {
    }

    static void check(String id, Position at, Diagnostics diagnostics) {
        if (!SAFE.matcher(id).matches() || id.endsWith(".")) {
            diagnostics.error(at, "id", "invalid id [" + id + "]; use letters, digits, \".\", \"_\" and \"-\" only, "
                    + "starting with a letter or digit, at most 120 characters (such as 2016-09-05-deployer-api-outage)");
        } else if (isReserved(id)) {
            diagnostics.error(at, "id", "invalid id [" + id + "]; it is a reserved file name, choose another");
        }
    }

    /** Reserved by Windows, or {@code index}, which reads as the folder's own page. */
    private static boolean isReserved(String id) {
        return FileNames.isReservedOnWindows(id) || id.toLowerCase(Locale.ROOT).replaceFirst("\\..*$", "").equals("index");
    }
}
