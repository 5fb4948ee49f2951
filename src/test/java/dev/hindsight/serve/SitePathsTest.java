package dev.hindsight.serve;

import dev.hindsight.render.OutputFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SitePathsTest {

    private static final Map<String, OutputFile> SITE = Stream.of("index.html", "postmortems/a/index.html",
            "assets/style.css").collect(Collectors.toMap(path -> path, path -> new OutputFile(path, new byte[0])));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "/                          | Found: index.html",
            "/index.html                | Found: index.html",
            "/postmortems/a/            | Found: postmortems/a/index.html",
            "/postmortems/%61/          | Found: postmortems/a/index.html",
            "/postmortems/a             | Redirect: /postmortems/a/",
            "/postmortems/a?q=1         | Redirect: /postmortems/a/?q=1",
            "//evil.example/postmortems/a | Redirect: /postmortems/a/",
            "/postmortems/b/            | Missing",
            "/assets/style.css          | Found: assets/style.css",
            "/assets/style.css/         | Missing",
            "/assets                    | Missing",
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
        SitePaths.Lookup lookup = SitePaths.lookup(URI.create(uri), path -> Optional.ofNullable(SITE.get(path)));

        assertEquals(expected, describe(lookup));
    }

    private static String describe(SitePaths.Lookup lookup) {
        if (lookup instanceof SitePaths.Found found) {
            return "Found: " + found.file().path();
        }
        if (lookup instanceof SitePaths.Redirect redirect) {
            return "Redirect: " + redirect.location();
        }
        return lookup.getClass().getSimpleName();
    }
}
