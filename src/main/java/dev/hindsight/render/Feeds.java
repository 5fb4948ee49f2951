package dev.hindsight.render;

import dev.hindsight.model.Group;
import dev.hindsight.model.Library;
import dev.hindsight.model.Postmortem;
import dev.hindsight.model.SiteConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * The Atom feeds: the newest postmortems of the whole library at {@code feed.xml}, and of each service
 * at {@code services/<service>/feed.xml}, so that a team can follow its own incidents. Atom needs
 * absolute addresses, so there are feeds only when the site has a base URL. Drafts are left out even
 * of a site built with drafts: a subscriber would be told of them once and never of their changes.
 */
public final class Feeds implements Output {

    public static final String SITE = "feed.xml";
    static final int NEWEST = 50;

    /** One feed a page links to in its head. */
    public record Link(String title, String path) {
    }

    @Override
    public List<OutputFile> files(RenderContext context) {
        SiteConfig site = context.site();
        if (!exist(site)) {
            return List.of();
        }
        Library library = context.library();
        List<OutputFile> files = new ArrayList<>();
        files.add(feed(site, SITE, "", site.title(), library.postmortems()));
        for (Group service : library.services()) {
            String page = Urls.group(Urls.SERVICES, service);
            files.add(feed(site, page + SITE, page, site.title() + ": " + service.label(), service.postmortems()));
        }
        return files;
    }

    public static boolean exist(SiteConfig site) {
        return site.publishing().baseUrl().isPresent();
    }

    /** The feeds a page links to: the site's, and on a service's pages that service's own. */
    public static List<Link> of(Chrome chrome) {
        if (!exist(chrome.site())) {
            return List.of();
        }
        List<Link> links = new ArrayList<>(List.of(new Link(chrome.site().title(), SITE)));
        String path = chrome.path();
        if (path.startsWith(Urls.SERVICES) && path.length() > Urls.SERVICES.length()) {
            String service = path.substring(0, path.indexOf('/', Urls.SERVICES.length()) + 1);
            links.add(new Link(chrome.title(), service + SITE));
        }
        return links;
    }

    private static OutputFile feed(SiteConfig site, String path, String page, String title,
                                   List<Postmortem> postmortems) {
        // An Atom entry must say when it was published, so an undated postmortem has no entry.
        List<Postmortem> newest = postmortems.stream().filter(p -> !site.isDraft(p.status()) && p.date().isPresent())
                .limit(NEWEST).toList();
        AtomFeed feed = new AtomFeed(path, page, title, site.description(), site.title(), site.publishing(),
                site.timezone(), newest);
        return new OutputFile(path, feed::xml);
    }
}
