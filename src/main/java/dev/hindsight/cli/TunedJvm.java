package dev.hindsight.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * How a command that reads a whole library runs when {@code java -jar hindsight.jar} is started
 * without JVM settings of the user's own: in a second JVM, started with the settings a build is
 * fastest with, and with a class-data-sharing archive kept beside the jar (README.md, "Commands").
 * A build is a short run: most of the JIT's top tier would compile code that finishes before the
 * compiled code pays off, so the first tier alone, compiling ten times sooner than by default, is
 * faster and uses less CPU; the serial collector keeps the heap small, as little of a build's
 * garbage outlives the page it made; and loading and linking some 1,300 classes is a fifth of a
 * small build's CPU, which the archive saves. Starting the second JVM costs about 50 ms, a build
 * of ten postmortems saves about 0.8 s. A jar cannot name its JVM settings, hence the second JVM.
 *
 * @param command       the second JVM's command line
 * @param archive       the class archive the run makes, and where it is kept once whole
 */
record TunedJvm(List<String> command, Optional<Archive> archive) {

    /** Set in the second JVM's environment to the first one's process id, so that it never starts a third. */
    static final String TUNED = "HINDSIGHT_TUNED_JVM";
    static final String OPTIONS = "HINDSIGHT_JAVA_OPTS";
    static final String CLASS_ARCHIVE = "HINDSIGHT_CLASS_ARCHIVE";
    static final String JAVA_OPTIONS = "JDK_JAVA_OPTIONS";
    static final List<String> DEFAULT_OPTIONS =
            List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.1", "-XX:+UseSerialGC");

    /** The commands that read a whole library; the others are over in a moment, or (serve) run for long. */
    private static final Set<String> LIBRARY_COMMANDS = Set.of("build", "check", "actions", "migrate");
    /** The commands that load every class a build needs, so their run makes a complete archive. */
    private static final Set<String> ARCHIVING_COMMANDS = Set.of("build", "check");
    /** The JVM reports a missing or stale archive on standard output, which scripts read. */
    private static final String QUIET = "-Xlog:cds*=off";
    private static final String MAIN = "dev.hindsight.cli.Launch";
    /** What a shell reports for a process ended by SIGTERM; nobody is left to read it. */
    private static final int KILLED = 143;

    /**
     * An archive being made, under a name of its own, and moved into place whole: two first runs at
     * once never leave a half-written archive, and one that could not be made is simply not used.
     */
    record Archive(Path partial, Path whole) {
    }

    /**
     * What the JVM was started with, as far as the choice depends on it.
     *
     * @param launcherArguments the JVM's own command line after the executable, if the system tells it
     * @param javaOptions       the settings the JVM took from {@code JDK_JAVA_OPTIONS}, one per element
     */
    record Start(String[] args, Map<String, String> environment, Optional<List<String>> launcherArguments,
                 List<String> javaOptions, Path javaHome, Optional<Path> jar, int javaVersion, long pid) {
    }

    /**
     * The second JVM to run, or empty to run in this one: when this is the second JVM already, when
     * the user started this one with settings of their own on its command line (they chose them: a
     * debugger's agent, say, must not start twice), or when the command is not one that reads a library.
     * Settings from {@code JDK_JAVA_OPTIONS} go on to the second JVM, after ours, so that they win.
     */
    static Optional<TunedJvm> of(Start start) {
        if (start.environment().containsKey(TUNED) || start.jar().isEmpty()
                || !start.launcherArguments().map(TunedJvm::onlyTheJar).orElse(false)
                || !LIBRARY_COMMANDS.contains(command(start.args()))) {
            return Optional.empty();
        }
        Path jar = start.jar().get();
        List<String> command = new ArrayList<>();
        command.add(start.javaHome().resolve("bin").resolve("java").toString());
        String options = start.environment().get(OPTIONS);
        command.addAll(options == null ? DEFAULT_OPTIONS : Arrays.stream(options.trim().split("\\s+"))
                .filter(o -> !o.isEmpty()).toList());
        Optional<Archive> made = Optional.empty();
        if (!"off".equals(start.environment().get(CLASS_ARCHIVE))) {
            Path whole = archiveOf(jar, start.javaVersion());
            if (Files.isRegularFile(whole)) {
                command.addAll(List.of("-XX:SharedArchiveFile=" + whole, QUIET));
            } else if (ARCHIVING_COMMANDS.contains(command(start.args())) && Files.isWritable(whole.getParent())) {
                Archive archive = new Archive(whole.resolveSibling(whole.getFileName() + "." + start.pid()), whole);
                command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive.partial(), QUIET));
                made = Optional.of(archive);
            }
        }
        command.addAll(start.javaOptions());
        command.addAll(List.of("-cp", jar.toString(), MAIN));
        command.addAll(List.of(start.args()));
        return Optional.of(new TunedJvm(List.copyOf(command), made));
    }

    /** Runs the second JVM with this one's standard streams and returns its exit code. */
    int run() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(TUNED, Long.toString(ProcessHandle.current().pid()));
        // Given on its command line instead, so the JVM does not announce them a second time.
        builder.environment().remove(JAVA_OPTIONS);
        Process child = builder.start();
        // A signal that stops this JVM stops the build too, which then cleans up as it does when stopped
        // itself. The hook stays for a normal exit too, when it finds the build over already.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            child.destroy();
            try {
                child.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            archive.ifPresent(a -> deleteQuietly(a.partial()));
        }));
        int code = child.waitFor();
        archive.ifPresent(TunedJvm::keep);
        return code;
    }

    /**
     * In the second JVM: stops when the first one ends without stopping it, killed outright (kill -9,
     * a CI job's time limit), as a build in one JVM would have stopped with it, rather than go on
     * writing a site that nobody waits for.
     */
    static void endWithTheFirst(Map<String, String> environment) {
        String first = environment.get(TUNED);
        if (first != null && first.matches("\\d{1,18}")) {
            // Named by its id, not as this one's parent: if it is gone already, this one's parent is another process.
            Optional<ProcessHandle> alive = ProcessHandle.of(Long.parseLong(first));
            if (alive.isEmpty()) {
                System.exit(KILLED);
            }
            alive.get().onExit().thenRun(() -> System.exit(KILLED));
        }
    }

    /** The archive's name says which jar and JVM made it, so that a rebuilt jar or another JDK never reads a stale one. */
    static Path archiveOf(Path jar, int javaVersion) {
        try {
            FileTime time = Files.getLastModifiedTime(jar);
            return jar.resolveSibling("hindsight-" + Files.size(jar) + "-" + time.to(TimeUnit.SECONDS)
                    + "-java" + javaVersion + ".jsa");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean onlyTheJar(List<String> launcherArguments) {
        return !launcherArguments.isEmpty() && launcherArguments.get(0).equals("-jar");
    }

    /** The command named, past options such as {@code --debug} that come before it. */
    private static String command(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    }

    /** Replaces the archives of earlier jars for this JVM, which no run reads again. */
    private static void keep(Archive archive) {
        try {
            if (Files.isRegularFile(archive.partial()) && Files.size(archive.partial()) > 0) {
                String version = archive.whole().getFileName().toString().replaceAll(".*(-java\\d+\\.jsa)$", "$1");
                try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.whole().getParent(),
                        "hindsight-*" + version)) {
                    for (Path stale : old) {
                        Files.deleteIfExists(stale);
                    }
                }
                Files.move(archive.partial(), archive.whole(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            // An archive that could not be kept only makes the next run as slow as this one.
        }
        deleteQuietly(archive.partial());
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Left behind: a few MB beside the jar, which no run reads; mvn clean removes it.
        }
    }
}
