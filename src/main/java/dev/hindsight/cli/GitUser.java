package dev.hindsight.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** The author {@code new} writes when none is given: who commits here, as git knows them. */
final class GitUser {

    private GitUser() {
    }

    /** Empty when git is missing, slow or has no {@code user.name}: the template's default is used then. */
    static Optional<String> name() {
        try {
            Process git = new ProcessBuilder("git", "config", "user.name").redirectErrorStream(true).start();
            git.getOutputStream().close();
            if (!git.waitFor(5, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            String name = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.exitValue() == 0 && !name.isEmpty() && name.lines().count() == 1 ? Optional.of(name)
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
