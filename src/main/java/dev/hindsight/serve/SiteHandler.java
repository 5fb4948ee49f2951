package dev.hindsight.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.hindsight.render.OutputFile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Serves the files of the preview: {@code index.html} for folders, the site's own {@code 404.html}
 * for paths with no file, 400 for paths outside the site. HTML gets the live-reload script, and the
 * overlay while the last build failed; nothing is cached, as every build may change every file.
 */
final class SiteHandler implements HttpHandler {

    private static final String NOT_FOUND_PAGE = "404.html";
    /** Until a first build passes there is no site, not even its 404 page; the overlay says why. */
    private static final String NO_SITE_YET = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            + "<title>No site yet</title></head><body><p>There is no page here, or no site yet.</p></body></html>";

    private final Supplier<Rebuilder.State> state;

    SiteHandler(Supplier<Rebuilder.State> state) {
        this.state = state;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                sendText(exchange, 405, "only GET and HEAD are served here");
                return;
            }
            Rebuilder.State current = state.get();
            SitePaths.Lookup lookup = SitePaths.lookup(exchange.getRequestURI(), current.site()::file);
            if (lookup instanceof SitePaths.Found found) {
                sendFile(exchange, 200, found.file(), current);
            } else if (lookup instanceof SitePaths.Redirect redirect) {
                exchange.getResponseHeaders().set("Location", redirect.location());
                sendText(exchange, 301, "moved to " + redirect.location());
            } else if (lookup instanceof SitePaths.Missing) {
                Optional<OutputFile> notFoundPage = current.site().file(NOT_FOUND_PAGE);
                if (notFoundPage.isPresent()) {
                    sendFile(exchange, 404, notFoundPage.get(), current);
                } else {
                    sendHtml(exchange, 404, NO_SITE_YET, current);
                }
            } else {
                sendText(exchange, 400, "this path is not within the site");
            }
        }
    }

    /** Rendered now: the page of a postmortem takes a few milliseconds, a whole site seconds. */
    private static void sendFile(HttpExchange exchange, int status, OutputFile file, Rebuilder.State current)
            throws IOException {
        String type = ContentTypes.of(file.path());
        if (type.equals(ContentTypes.HTML)) {
            sendHtml(exchange, status, new String(file.content(), StandardCharsets.UTF_8), current);
        } else {
            send(exchange, status, type, file.content());
        }
    }

    private static void sendHtml(HttpExchange exchange, int status, String html, Rebuilder.State current)
            throws IOException {
        send(exchange, status, ContentTypes.HTML, withServeMode(html, current).getBytes(StandardCharsets.UTF_8));
    }

    /** Before the last {@code </body>}, so that the page's own markup and scripts come first. */
    private static String withServeMode(String html, Rebuilder.State current) {
        String added = (current.problems().isEmpty() ? "" : Overlay.html(current.problems()))
                + LiveReload.script(current.version());
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + added : html.substring(0, end) + added + html.substring(end);
    }

    private static void sendText(HttpExchange exchange, int status, String text) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
