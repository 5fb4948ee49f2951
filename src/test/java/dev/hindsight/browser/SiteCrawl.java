package dev.hindsight.browser;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follows every address a site gives on its own origin, as a crawler would: {@code href} and
 * {@code src} in pages, {@code url(...)} in style sheets, links and {@code loc}s in feeds and
 * sitemaps, and the {@code Sitemap:} line of robots.txt. Remembers what answered other than 200,
 * and every {@code #fragment} that names no element on its page.
 */
final class SiteCrawl {

    /** More than any site the tests build has; the crawl stops there rather than run on. */
    private static final int MAX_ADDRESSES = 5_000;
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)");
    private static final Pattern SITEMAP_LINE = Pattern.compile("(?m)^Sitemap:\\s*(\\S+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;
    /** Each address found, with the first address that gave it ("" for a start). */
    private final Map<URI, String> found = new LinkedHashMap<>();
    private final Deque<URI> queue = new ArrayDeque<>();
    private final Map<URI, Set<String>> ids = new TreeMap<>();
    private final Map<URI, Map<String, String>> fragments = new TreeMap<>();
    private final List<String> broken = new ArrayList<>();

    private SiteCrawl(URI origin) {
        this.origin = origin.getScheme() + "://" + origin.getRawAuthority() + "/";
    }

    /** Crawls from each of {@code starts} (addresses on one origin) until nothing new is found. */
    static SiteCrawl from(List<URI> starts) throws IOException, InterruptedException {
        SiteCrawl crawl = new SiteCrawl(starts.get(0));
        starts.forEach(start -> crawl.offer(start, ""));
        while (!crawl.queue.isEmpty()) {
            crawl.visit(crawl.queue.removeFirst());
        }
        return crawl;
    }

    /** Every address on the origin that was asked for, in the order they were found. */
    Set<URI> reached() {
        return found.keySet();
    }

    /** Each address that answered other than 200, as {@code status address (from referrer)}. */
    List<String> broken() {
        return List.copyOf(broken);
    }

    /** Each link whose fragment names no element of its page, as {@code address#fragment (from referrer)}. */
    List<String> missingFragments() {
        List<String> missing = new ArrayList<>();
        fragments.forEach((page, byFragment) -> byFragment.forEach((fragment, from) -> {
            if (ids.containsKey(page) && !ids.get(page).contains(fragment)) {
                missing.add(page + "#" + fragment + " (from " + from + ")");
            }
        }));
        return missing;
    }

    private void visit(URI address) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(address).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            broken.add(response.statusCode() + " " + address + " (from " + found.get(address) + ")");
            return;
        }
        String path = address.getPath();
        String body = response.body();
        if (path.endsWith("/") || path.endsWith(".html")) {
            page(address, Jsoup.parse(body, address.toString()));
        } else if (path.endsWith(".xml")) {
            Document xml = Jsoup.parse(body, address.toString(), Parser.xmlParser());
            xml.select("link[href]").forEach(link -> follow(address, link.attr("href")));
            xml.select("loc").forEach(loc -> follow(address, loc.text()));
        } else if (path.endsWith(".css")) {
            matches(CSS_URL, body).forEach(url -> follow(address, url));
        } else if (path.endsWith("/robots.txt")) {
            matches(SITEMAP_LINE, body).forEach(url -> follow(address, url));
        }
    }

    private void page(URI address, Document page) {
        Set<String> named = new TreeSet<>();
        page.select("[id]").forEach(element -> named.add(element.id()));
        page.select("a[name]").forEach(anchor -> named.add(anchor.attr("name")));
        ids.put(address, named);
        for (Element element : page.select("[href], [src]")) {
            follow(address, element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
    }

    private void follow(URI from, String link) {
        URI target;
        try {
            target = from.resolve(link.strip());
        } catch (IllegalArgumentException e) {
            broken.add("not an address: '" + link + "' (from " + from + ")");
            return;
        }
        if (!target.toString().startsWith(origin)) {
            return;
        }
        URI page = withoutFragment(target);
        if (target.getRawFragment() != null && !target.getRawFragment().isEmpty()) {
            fragments.computeIfAbsent(page, p -> new TreeMap<>())
                    .putIfAbsent(URLDecoder.decode(target.getRawFragment(), StandardCharsets.UTF_8), from.toString());
        }
        offer(page, from.toString());
    }

    private void offer(URI address, String from) {
        if (!found.containsKey(address)) {
            if (found.size() >= MAX_ADDRESSES) {
                throw new IllegalStateException("more than " + MAX_ADDRESSES + " addresses on " + origin);
            }
            found.put(address, from);
            queue.addLast(address);
        }
    }

    private static URI withoutFragment(URI address) {
        String text = address.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? address : URI.create(text.substring(0, hash));
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
