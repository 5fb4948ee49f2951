package dev.hindsight.cli;

import dev.hindsight.testing.PostmortemText;
import dev.hindsight.testing.ProjectFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where the site is published: its base URL, what crawlers and GitHub Pages read, through the command line. */
class PublishingTest {

    private static final String NO_BASE_URL = "hindsight: warning: no base_url is set, so the site has no feeds, "
            + "sitemap or canonical links, which need absolute URLs; set base_url in site.yml or pass --base-url, "
            + "such as https://org.github.io/repo/\n";
    private static final String PAGE = "postmortems/2016-09-05-deployer/index.html";

    @TempDir
    Path temp;

    private ProjectFolder project;

    @BeforeEach
    void writeLibrary() {
        project = new ProjectFolder(temp).postmortem("2016-09-05-deployer.md",
                PostmortemText.titled("Deployer <API> outage", "2016-09-05")
                        .with("summary", "The Deployer API was down for 31 minutes & more.").text());
    }

    private ProjectFolder siteYml(String fields) {
        return project.write("site-src/site.yml", "title: Acme Postmortems\n" + fields);
    }

    private Document page(String path) {
        return Jsoup.parse(project.read(path));
    }

    private boolean exists(String sitePath) {
        return Files.exists(project.out().resolve(sitePath));
    }

    @Test
    void givesPostmortemPagesAbsoluteCanonicalAndOpenGraphAddressesFromBaseUrl() {
        siteYml("base_url: https://example.org/repo/\n");

        ProjectFolder.Run run = project.build();

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        Document page = page(PAGE);
        String url = "https://example.org/repo/postmortems/2016-09-05-deployer/";
        assertEquals(url, page.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals(List.of("article", "Deployer <API> outage", "The Deployer API was down for 31 minutes & more.",
                        "Acme Postmortems", url),
                List.of("og:type", "og:title", "og:description", "og:site_name", "og:url").stream()
                        .map(property -> page.selectFirst("meta[property=" + property + "]").attr("content")).toList());
        assertEquals("The Deployer API was down for 31 minutes & more.",
                page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("https://example.org/repo/", page("index.html").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void leavesOutWhatNeedsAbsoluteUrlsWithoutBaseUrlAndSaysSoOnce() {
        siteYml("");

        ProjectFolder.Run run = project.build();

        assertEquals(0, run.exitCode());
        assertEquals(NO_BASE_URL, run.err());
        Document page = page(PAGE);
        assertTrue(page.select("link[rel=canonical], meta[property=og:url], link[type=application/atom+xml]").isEmpty(),
                page.head().html());
        assertEquals("Deployer <API> outage", page.selectFirst("meta[property=og:title]").attr("content"));
        assertFalse(exists("feed.xml"));
        assertFalse(exists("sitemap.xml"));
        assertFalse(exists("services/api/feed.xml"));
    }

    @Test
    void takesTheBaseUrlFromTheCommandLineOverSiteYml() {
        siteYml("base_url: https://example.org/old/\n");

        ProjectFolder.Run run = project.build("--base-url", "https://org.github.io/repo/");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals("https://org.github.io/repo/postmortems/2016-09-05-deployer/",
                page(PAGE).selectFirst("link[rel=canonical]").attr("href"));
    }

    /** The Pages workflow passes {@code --base-url=${hindsight.baseUrl}}, which is empty where it is not set. */
    @Test
    void takesAnEmptyBaseUrlAsNotGiven() {
        siteYml("");

        ProjectFolder.Run run = project.build("--base-url=");

        assertEquals(0, run.exitCode());
        assertEquals(NO_BASE_URL, run.err());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://example.org/pm/|it is not an http(s) URL",
            "https://org.github.io/repo|it does not end with /",
            "https://org.github.io/repo/?x=1|it has a query or fragment",
            "/repo/|it is not an http(s) URL"})
    void refusesABadBaseUrlOnTheCommandLineAsAUsageError(String url, String reason) {
        ProjectFolder.Run run = project.build("--base-url", url);

        assertEquals(2, run.exitCode());
        assertEquals("hindsight: invalid --base-url '" + url + "': " + reason + "; write the site's address ending "
                + "in /, such as https://org.github.io/repo/ (see \"hindsight build --help\")\n", run.err());
        assertFalse(Files.exists(project.out()));
    }

    @Test
    void keepsCrawlersOutByDefault() {
        siteYml("");

        assertEquals(0, project.build().exitCode());

        assertEquals("User-agent: *\nDisallow: /\n", project.read("robots.txt"));
    }

    @Test
    void letsCrawlersInWhenAskedAndPointsThemAtTheSitemap() {
        siteYml("base_url: https://postmortems.example.org/\nrobots: allow\n");

        assertEquals(0, project.build().exitCode());

        assertEquals("User-agent: *\nAllow: /\nSitemap: https://postmortems.example.org/sitemap.xml\n",
                project.read("robots.txt"));
    }

    @Test
    void writesWhatGitHubPagesReads() {
        siteYml("cname: postmortems.example.org\n");

        assertEquals(0, project.build().exitCode());

        assertEquals("postmortems.example.org\n", project.read("CNAME"));
        assertEquals("", project.read(".nojekyll"));
    }

    @Test
    void writesNoCnameWithoutACustomDomain() {
        siteYml("");

        assertEquals(0, project.build().exitCode());

        assertFalse(exists("CNAME"));
        assertTrue(exists(".nojekyll"));
    }
}
