package dev.hindsight.render;

import dev.hindsight.model.Postmortem;
import dev.hindsight.model.Publishing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One Atom feed (RFC 4287) of dated postmortems, newest first, with absolute links from the site's base URL.
 *
 * @param path      the feed's own path in the site ({@code feed.xml}, {@code services/dns/feed.xml})
 * @param page      the site page the feed follows ({@code ""}, {@code services/dns/})
 * @param zone      the site's time zone, in which a postmortem's date begins
 */
record AtomFeed(String path, String page, String title, String subtitle, String author, Publishing publishing,
                ZoneId zone, List<Postmortem> postmortems) {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";
    /** A feed must say when it changed; one without entries never has, and the clock must not decide. */
    private static final LocalDate NEVER = LocalDate.EPOCH;

    AtomFeed {
        postmortems = List.copyOf(postmortems);
    }

    byte[] xml() {
        return XmlDocument.write("feed", NAMESPACE, feed -> {
            feed.text("id", url(path))
                    .text("title", title)
                    .text("subtitle", subtitle)
                    .text("updated", moment(postmortems.isEmpty() ? NEVER : postmortems.get(0).date().orElseThrow()))
                    .empty("link", "rel", "self", "type", "application/atom+xml", "href", url(path))
                    .empty("link", "rel", "alternate", "type", "text/html", "href", url(page))
                    .element("author", author -> author.text("name", this.author))
                    .text("generator", "Hindsight");
            postmortems.forEach(p -> feed.element("entry", entry -> entry(entry, p)));
        });
    }

    /** An entry's id is its page's address, which never changes (see {@link Urls}). */
    private void entry(XmlDocument entry, Postmortem p) {
        String page = url(Urls.postmortem(p));
        entry.text("id", page)
                .text("title", p.title())
                .text("updated", moment(p.date().orElseThrow()))
                .text("published", moment(p.date().orElseThrow()));
        p.authors().forEach(name -> entry.element("author", author -> author.text("name", name)));
        entry.empty("link", "rel", "alternate", "type", "text/html", "href", page)
                .text("summary", p.summary());
        p.services().forEach(s -> entry.empty("category", "term", s, "scheme", url(Urls.SERVICES)));
        p.tags().forEach(t -> entry.empty("category", "term", t, "scheme", url(Urls.TAGS)));
    }

    private String url(String sitePath) {
        return publishing.absolute(sitePath).orElseThrow(() -> new IllegalStateException("a feed needs a base URL"));
    }

    private String moment(LocalDate date) {
        return Format.moment(date.atStartOfDay(zone).toOffsetDateTime());
    }
}
