package dev.hindsight.render;

import dev.hindsight.model.Library;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.SitePage;
import dev.hindsight.render.search.SearchIndex;

import java.time.LocalDate;
import java.util.List;

/** Every output of the site, in one list, and the sitemap made from their files. */
public final class SiteOutputs {

    static final List<Output> ALL = List.of(
            new HomeOutput(),
            new NotFoundOutput(),
            new PostmortemPages(),
            GroupPages.STATUS,
            GroupPages.SEVERITY,
            GroupPages.SERVICES,
            GroupPages.TAGS,
            new ArchivePages(),
            new ActionItemPages(),
            new ActionItemExports(),
            new InsightsOutput(),
            new SitePages(),
            new ThemeAssets(),
            new SchemaFile(),
            new HostingFiles(),
            new RobotsTxt(),
            new Feeds(),
            new LibraryJson(),
            new Attachments(),
            new SearchPageOutput(),
            new SearchIndex());

    private SiteOutputs() {
    }

    /**
     * The outputs one by one, in a fixed order, for a caller that makes each only when it needs its
     * files: the preview server, which serves a page without waiting for the search index.
     */
    public static List<Output> outputs() {
        return ALL;
    }

    /** The sitemap of a site of these files: none when the site has no base URL. */
    public static List<OutputFile> sitemap(SiteConfig site, List<OutputFile> files) {
        return Sitemap.of(site.publishing(), files);
    }

    /**
     * Every file of the site, each output's listed side by side with the others and handed on as
     * soon as it is, then the sitemap. Outputs read only the finished library, so they can be made
     * in any order; the bytes of every file are the same whichever comes first.
     */
    public static SiteFiles render(SiteConfig site, List<SitePage> pages, Library library, LocalDate today) {
        return SiteFiles.start(ALL, new RenderContext(site, pages, library, today), files -> sitemap(site, files));
    }
}
