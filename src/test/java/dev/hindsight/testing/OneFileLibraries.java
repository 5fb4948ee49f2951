package dev.hindsight.testing;

import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Checks one file at a time, each as a library of its own, with the default site.yml, in folders
 * that last one test: {@code @RegisterExtension final OneFileLibraries libraries = new OneFileLibraries();}
 */
public final class OneFileLibraries implements BeforeEachCallback, AfterEachCallback {

    private Path root;
    private int folders;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        root = Files.createTempDirectory("one-file-libraries");
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public CheckResult check(String fileName, String text) throws IOException {
        Path source = Files.createDirectories(root.resolve("postmortems-" + ++folders));
        Files.writeString(source.resolve(fileName), text);
        return new Engine().check(new Project(source, root.resolve("site.yml"), false));
    }
}
