package dev.hindsight.serve;

import com.sun.net.httpserver.HttpServer;
import dev.hindsight.build.Project;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview server: builds the site, serves it, and builds it again after each change to the
 * postmortems, the site config or the site's pages, telling open pages to reload.
 */
public final class DevServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final LiveReload liveReload = new LiveReload();
    private final Rebuilder rebuilder;
    private final Watcher watcher;

    private DevServer(ServeOptions options, Terminal terminal) throws IOException {
        // Bound before the first build, so that a port in use is said at once, not after a build.
        server = HttpServer.create(new InetSocketAddress(options.host(), options.port()), 0);
        // One thread per open page's event stream, so a pool that grows.
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "hindsight-http");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Project project = options.project();
            rebuilder = new Rebuilder(project);
            long start = System.nanoTime();
            terminal.built(rebuilder.rebuild().checked(), millisSince(start));
            server.setExecutor(threads);
            server.createContext("/", new SiteHandler(rebuilder::state));
            server.createContext(LiveReload.EVENTS_PATH, exchange -> {
                try (exchange) {
                    liveReload.stream(exchange, rebuilder.state().version());
                }
            });
            watcher = new Watcher(List.of(project.source(), project.pagesFolder()),
                    List.of(project.config().toAbsolutePath().getParent()), since -> rebuild(since, terminal));
            server.start();
        } catch (IOException | RuntimeException e) {
            server.stop(0);
            threads.shutdownNow();
            throw e;
        }
    }

    /**
     * Builds and starts serving; returns at once.
     *
     * @throws java.net.BindException when the port is in use
     */
    public static DevServer start(ServeOptions options, Terminal terminal) throws IOException {
        return new DevServer(options, terminal);
    }

    /** Where the site is served, such as {@code http://127.0.0.1:8000/}. */
    public URI address() {
        InetSocketAddress bound = server.getAddress();
        String host = bound.getHostString().contains(":") ? "[" + bound.getHostString() + "]" : bound.getHostString();
        return URI.create("http://" + host + ":" + bound.getPort() + "/");
    }

    /** Open pages are told before the terminal is, so that printing many problems does not hold them up. */
    private void rebuild(long since, Terminal terminal) {
        try {
            Rebuilder.Build build = rebuilder.rebuild();
            long millis = millisSince(since);
            liveReload.announce(build.state().version());
            terminal.built(build.checked(), millis);
        } catch (RuntimeException e) {
            // The server must outlive one failed build: the next save may fix it.
            terminal.failed(e);
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /** Stops watching and serving; open pages' event streams end. */
    @Override
    public void close() throws IOException {
        watcher.close();
        liveReload.stop();
        server.stop(0);
        threads.shutdownNow();
    }
}
