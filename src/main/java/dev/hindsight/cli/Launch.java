package dev.hindsight.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point: runs the command in a JVM tuned for it ({@link TunedJvm}) when that pays,
 * else in this one ({@link Main}). Kept apart from {@link Main} so that starting the tuned JVM loads
 * almost nothing here.
 */
public final class Launch {

    private Launch() {
    }

    public static void main(String[] args) throws InterruptedException {
        TunedJvm.endWithTheFirst(System.getenv());
        Optional<TunedJvm> tuned = TunedJvm.of(new TunedJvm.Start(args, System.getenv(),
                ProcessHandle.current().info().arguments().map(List::of), javaOptions(),
                Path.of(System.getProperty("java.home")), jar(), Runtime.version().feature(), ProcessHandle.current().pid()));
        if (tuned.isPresent()) {
            try {
                System.exit(tuned.get().run());
            } catch (IOException e) {
                // No second JVM could be started (no java beside this one's home, say): this one does the work.
            }
        }
        Main.main(args);
    }

    /** What the JVM took from JDK_JAVA_OPTIONS; asked of the management beans only when it is set, as they cost a start. */
    private static List<String> javaOptions() {
        String options = System.getenv(TunedJvm.JAVA_OPTIONS);
        return options == null || options.isBlank() ? List.of()
                : List.copyOf(ManagementFactory.getRuntimeMXBean().getInputArguments());
    }

    private static Optional<Path> jar() {
        CodeSource source = Launch.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            // Run from classes rather than the jar (a test, an IDE): there is no jar to start again.
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
