package dev.hindsight.cli;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Opens a page in the user's default browser, with the opener each system ships. */
final class Browser {

    private Browser() {
    }

    /** @param notices told, in one line, when no browser could be opened; serving goes on regardless */
    static void open(URI page, Consumer<String> notices) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.contains("mac") ? List.of("open", page.toString())
                : os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", page.toString())
                : List.of("xdg-open", page.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            notices.accept("could not open a browser (" + command.get(0) + " failed: " + e.getMessage()
                    + "); open " + page + " yourself");
        }
    }
}
