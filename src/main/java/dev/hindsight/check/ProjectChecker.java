package dev.hindsight.check;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.parse.SiteConfigReader;
import dev.hindsight.diagnostic.DisplayPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the site config, with its problems as diagnostics. */
public final class ProjectChecker {

    /**
     * Reads a site config file; built-in defaults when it does not exist.
     *
     * @return the config, or empty when it has errors (reported to {@code diagnostics})
     */
    public static Optional<SiteConfig> readConfig(Path config, Diagnostics diagnostics) {
        if (!Files.exists(config)) {
            return Optional.of(SiteConfig.defaults());
        }
        try {
            return SiteConfigReader.read(Files.readString(config, StandardCharsets.UTF_8), diagnostics);
        } catch (MalformedInputException e) {
            diagnostics.error(Position.START, "encoding", "not valid UTF-8; save the file as UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + DisplayPaths.of(config), e);
        }
    }
}
