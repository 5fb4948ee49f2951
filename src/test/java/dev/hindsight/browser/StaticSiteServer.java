package dev.hindsight.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.hindsight.serve.ContentTypes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a built site over real HTTP on 127.0.0.1 under a sub-path, as GitHub Pages serves a
 * project site: {@code /repo/x/} is {@code x/index.html}, anything outside the site is a 404.
 * Remembers every path it could not serve, so a test can tell that no page asked for a missing file.
 */
final class StaticSiteServer implements AutoCloseable {

    private final HttpServer server;
    private final Path root;
    private final String basePath;
    private final List<String> notFound = new CopyOnWriteArrayList<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final boolean compress;
    private final AtomicLong bytesSent = new AtomicLong();

    private StaticSiteServer(Path root, String basePath, boolean compress) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.basePath = basePath;
        this.compress = compress;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
    }

    /** Starts serving {@code root} at {@code http://127.0.0.1:<free port><basePath>}. */
    static StaticSiteServer serve(Path root, String basePath) throws IOException {
        return serve(root, basePath, false);
    }

    /** Serves as {@link #serve(Path, String)}, gzipping text to browsers that accept it, as GitHub Pages does. */
    static StaticSiteServer serve(Path root, String basePath, boolean compress) throws IOException {
        StaticSiteServer site = new StaticSiteServer(root, basePath, compress);
        site.server.start();
        return site;
    }

    /** The site's address, ending in the base path. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + basePath;
    }

    /** The bytes of every response body sent so far, as sent (compressed or not). */
    long bytesSent() {
        return bytesSent.get();
    }

    /** Every request path answered so far, in the order the requests came. */
    List<String> requested() {
        return List.copyOf(requested);
    }

    /** Every request path answered with 404 so far. */
    List<String> notFound() {
        return List.copyOf(notFound);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            requested.add(path);
            Path file = fileFor(path);
            if (file == null) {
                notFound.add(path);
                send(exchange, 404, "text/plain; charset=utf-8", ("Not found: " + path).getBytes(StandardCharsets.UTF_8));
            } else {
                String type = ContentTypes.of(file.getFileName().toString());
                byte[] body = Files.readAllBytes(file);
                String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
                if (compress && accepted != null && accepted.contains("gzip") && isText(type)) {
                    exchange.getResponseHeaders().set("Content-Encoding", "gzip");
                    body = gzip(body);
                }
                bytesSent.addAndGet(body.length);
                send(exchange, 200, type, body);
            }
        }
    }

    /** The file a request path names, or null when it names none inside the site. */
    private Path fileFor(String path) {
        if (!path.startsWith(basePath)) {
            return null;
        }
        Path file = root.resolve(path.substring(basePath.length())).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file) ? file : null;
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.equals("application/json") || type.equals("image/svg+xml");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // The browser must take each file for what the server says it is, as real hosts make it do.
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
