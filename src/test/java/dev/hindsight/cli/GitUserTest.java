package dev.hindsight.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The author {@code new} writes by default, from the real git in a repository of the test's own,
 * whose configuration is the test's alone: none of this machine's, nor its user's, is read.
 */
class GitUserTest {

    @TempDir
    Path temp;
    private Path repository;
    private Map<String, String> ownConfiguration;

    @BeforeEach
    void repositoryWithConfigurationOfItsOwn() throws Exception {
        Path home = Files.createDirectory(temp.resolve("home"));
        Path global = Files.writeString(home.resolve(".gitconfig"), "");
        ownConfiguration = Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "GIT_CONFIG_NOSYSTEM", "1", "GIT_CONFIG_GLOBAL", global.toString());
        repository = Files.createDirectory(temp.resolve("postmortems"));
        git("init", "--quiet");
    }

    @Test
    void isTheUserNameGitHasForTheRepository() throws Exception {
        git("config", "user.name", "Ada Lovelace");

        assertEquals(Optional.of("Ada Lovelace"), GitUser.name("git", repository, ownConfiguration));
    }

    @Test
    void isTheGlobalUserNameWhenTheRepositoryHasNone() throws Exception {
        git("config", "--global", "user.name", "Grace Hopper");

        assertEquals(Optional.of("Grace Hopper"), GitUser.name("git", repository, ownConfiguration));
    }

    @Test
    void isNoneWhenGitHasNoUserName() {
        assertEquals(Optional.empty(), GitUser.name("git", repository, ownConfiguration));
    }

    @Test
    void isNoneWithoutGit() {
        String missing = temp.resolve("no-such-git").toString();

        assertEquals(Optional.empty(), GitUser.name(missing, repository, ownConfiguration));
    }

    private void git(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).redirectErrorStream(true);
        builder.environment().putAll(ownConfiguration);
        Process git = builder.start();
        assertTrue(git.waitFor(30, TimeUnit.SECONDS), "git " + String.join(" ", args) + " did not finish");
        assertEquals(0, git.exitValue(), new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
