package dev.hindsight.check;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the broken-postmortem tables: a small library written to a temp folder, and the exact
 * output {@code check} must give for it (every diagnostic line, then the count line). Paths in the
 * output are shown relative to the temp folder, as a user in that folder would see them.
 */
record BrokenCase(String name, Map<String, byte[]> files, Map<String, String> links, String siteYml,
                  List<String> expected) {

    /** Lines 2–7 of most cases: a valid front matter, so that a case's own fields start on line 8. */
    static final String REQUIRED = """
            title: Registry outage
            date: 2016-06-14
            authors: [platform-oncall]
            status: complete
            services: [registry]
            summary: Pushes to the registry failed for forty minutes.
            """;

    /** A site config for the tables: no required sections, so each case shows only its own problem. */
    static final String SITE_YML = "required_sections: []\n";

    /** A postmortem with the valid fields of {@link #REQUIRED}, then {@code extraFields} from line 8 on. */
    static String postmortem(String extraFields) {
        return "---\n" + REQUIRED + extraFields + "---\n## Summary\n\nThe registry was down.\n";
    }

    /** A postmortem whose required field of the same key (lines 2–7) is written as {@code line} instead. */
    static String postmortemWith(String line) {
        String key = line.substring(0, line.indexOf(':') + 1);
        String fields = REQUIRED.lines().map(l -> l.startsWith(key) ? line : l).reduce("", (a, b) -> a + b + "\n");
        return "---\n" + fields + "---\n## Summary\n\nThe registry was down.\n";
    }

    static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Writes the library under {@code root/postmortems} and checks it as {@code check} would. */
    List<String> run(Path root) throws IOException {
        Path source = Files.createDirectories(root.resolve("postmortems"));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = source.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
        }
        for (Map.Entry<String, String> link : links.entrySet()) {
            Files.createSymbolicLink(source.resolve(link.getKey()), Path.of(link.getValue()));
        }
        Path config = Files.writeString(root.resolve("site.yml"), siteYml);
        CheckResult result = new Engine().check(new Project(source, config, false));
        for (String link : links.keySet()) {
            Files.delete(source.resolve(link)); // else JUnit warns that it removes links leading out of the temp folder
        }
        String prefix = root.toAbsolutePath().normalize() + "/";
        List<String> lines = new ArrayList<>();
        result.diagnostics().forEach(d -> lines.add(d.format().replace(prefix, "")));
        lines.add(result.summary());
        return lines;
    }

    static final class Builder {
        private final String name;
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final Map<String, String> links = new LinkedHashMap<>();
        private String siteYml = SITE_YML;

        private Builder(String name) {
            this.name = name;
        }

        Builder file(String path, String text) {
            return bytes(path, text.getBytes(StandardCharsets.UTF_8));
        }

        /** One of the site's own pages, in {@code pages/} beside site.yml (files are written from the source folder). */
        Builder page(String path, String text) {
            return file("../pages/" + path, text);
        }

        Builder bytes(String path, byte[] content) {
            files.put(path, content);
            return this;
        }

        Builder symlink(String path, String target) {
            links.put(path, target);
            return this;
        }

        Builder siteYml(String yaml) {
            siteYml = yaml;
            return this;
        }

        BrokenCase expect(String... lines) {
            return new BrokenCase(name, Map.copyOf(files), Map.copyOf(links), siteYml, List.of(lines));
        }
    }
}
