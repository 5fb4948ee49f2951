package dev.hindsight.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Tells open pages that a build finished, over server-sent events: each event carries the build's
 * version, and a page that was served by another version reloads. A page that connects after a
 * build it missed is told at once, so no reload is lost between serving a page and its connecting.
 */
final class LiveReload {

    static final String EVENTS_PATH = "/__hindsight/events";

    /** Sent when nothing else is, so that a closed tab is noticed and its thread freed. */
    private static final long KEEP_ALIVE_SECONDS = 15;
    private static final String STOP = "";

    private final List<BlockingQueue<String>> clients = new CopyOnWriteArrayList<>();
    private volatile boolean stopped;

    /** The script put into every HTML page served, never into the built files. */
    static String script(long version) {
        return "<script>(function(){var s=new EventSource(\"" + EVENTS_PATH + "\");"
                + "s.addEventListener(\"build\",function(e){if(e.data!==\"" + version + "\"){s.close();"
                + "location.reload();}});})();</script>";
    }

    void announce(long version) {
        clients.forEach(queue -> queue.add(event(version)));
    }

    /** Holds the exchange open, sending events, until the page goes away or the server stops. */
    void stream(HttpExchange exchange, long currentVersion) throws IOException {
        BlockingQueue<String> queue = new LinkedBlockingQueue<>();
        queue.add("retry: 1000\n\n" + event(currentVersion));
        clients.add(queue);
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream body = exchange.getResponseBody()) {
            while (!stopped) {
                String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (STOP.equals(message)) {
                    break;
                }
                body.write((message == null ? ": keep-alive\n\n" : message).getBytes(StandardCharsets.UTF_8));
                body.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            clients.remove(queue);
        }
    }

    void stop() {
        stopped = true;
        clients.forEach(queue -> queue.add(STOP));
    }

    private static String event(long version) {
        return "event: build\ndata: " + version + "\n\n";
    }
}
