package dev.hindsight.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The author {@code new} writes when none is given: who commits here, as git knows them. */
final class GitUser {

    private GitUser() {
    }

    /** Empty when git is missing, slow or has no {@code user.name}: the template's default is used then. */
    static Optional<String> name() {
        return name("git", Path.of(""), Map.of());
    }

    /**
     * As {@link #name()}, asking the {@code git} given, in {@code directory}, with {@code environment}
     * added to this process's (tests point git at configuration of their own).
     */
    static Optional<String> name(String git, Path directory, Map<String, String> environment) {
        try {
            ProcessBuilder command = new ProcessBuilder(git, "config", "user.name")
                    .directory(directory.toAbsolutePath().toFile())
                    .redirectErrorStream(true);
            command.environment().putAll(environment);
            Process process = command.start();
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String name = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 && !name.isEmpty() && name.lines().count() == 1 ? Optional.of(name)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
