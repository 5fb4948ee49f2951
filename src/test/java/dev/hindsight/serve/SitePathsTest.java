package dev.hindsight.serve;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SitePathsTest {

    @TempDir
    Path temp;

    private SitePaths paths;

    @BeforeEach
    void writeASite() throws IOException {
        Path site = Files.createDirectories(temp.resolve("site/postmortems/a"));
        Files.writeString(site.resolve("index.html"), "a");
        Files.writeString(temp.resolve("site/index.html"), "home");
        Files.writeString(temp.resolve("secret.txt"), "secret");
        Files.createSymbolicLink(temp.resolve("site/link.txt"), temp.resolve("secret.txt"));
        paths = new SitePaths(temp.resolve("site"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/                          | Found: index.html",
            "/index.html                | Found: index.html",
            "/postmortems/a/            | Found: postmortems/a/index.html",
            "/postmortems/%61/          | Found: postmortems/a/index.html",
            "/postmortems/a             | Redirect: /postmortems/a/",
            "/postmortems/a?q=1         | Redirect: /postmortems/a/?q=1",
            "/postmortems/b/            | Missing",
            "/link.txt                  | Missing",
            "/../secret.txt             | Refused",
            "/%2e%2e/secret.txt         | Refused",
            "/%2E%2E/secret.txt         | Refused",
            "/postmortems/..%2f..%2fsecret.txt | Refused",
            "/postmortems/.%2e/index.html | Refused",
            "/./index.html              | Refused",
            "/%5c..%5csecret.txt        | Refused",
            "/a%00.html                 | Refused",
            "index.html                 | Refused",
    })
    void mapsRequestPathsIntoTheSiteOnly(String uri, String expected) {
        SitePaths.Lookup lookup = paths.lookup(URI.create(uri));

        assertEquals(expected, describe(lookup));
    }

    private String describe(SitePaths.Lookup lookup) {
        if (lookup instanceof SitePaths.Found found) {
            return "Found: " + temp.resolve("site").relativize(found.file()).toString().replace('\\', '/');
        }
        if (lookup instanceof SitePaths.Redirect redirect) {
            return "Redirect: " + redirect.location();
        }
        return lookup.getClass().getSimpleName();
    }
}
