package dev.hindsight.parse;

import dev.hindsight.check.Diagnostics;
import dev.hindsight.check.Position;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** An id becomes a folder of the site: it must be a plain, portable file name. */
final class IdRules {

    private static final Pattern SAFE = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,119}");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9", "index");

    private IdRules() {
    }

    static void check(String id, Position at, Diagnostics diagnostics) {
        if (!SAFE.matcher(id).matches() || id.endsWith(".")) {
            diagnostics.error(at, "id", "invalid id [" + id + "]; use letters, digits, \".\", \"_\" and \"-\" only, "
                    + "starting with a letter or digit, at most 120 characters (such as 2016-09-05-deployer-api-outage)");
        } else if (RESERVED.contains(id.toLowerCase(Locale.ROOT).replaceFirst("\\..*$", ""))) {
            diagnostics.error(at, "id", "invalid id [" + id + "]; it is a reserved file name, choose another");
        }
    }
}
