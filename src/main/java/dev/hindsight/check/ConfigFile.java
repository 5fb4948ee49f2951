package dev.hindsight.check;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.diagnostic.DisplayPaths;
import dev.hindsight.diagnostic.Position;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.parse.SiteConfigReader;
import dev.hindsight.source.TextDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads the site config file. Only a regular file is opened, as a pipe would wait forever for a
 * writer; and no more than the size limit of postmortems is read, as the config that could raise
 * that limit has not been read yet.
 */
public final class ConfigFile {

    private static final String HOW_TO_FIX = "; pass the site config file with --config FILE, such as site-src/site.yml";

    private ConfigFile() {
    }

    /**
     * @return the config, built-in defaults when the file does not exist, or empty when it has errors
     *         (reported to {@code diagnostics})
     * @throws InputException when the config is a folder, a pipe or a device
     */
    public static Optional<SiteConfig> read(Path config, Diagnostics diagnostics) {
        if (!Files.exists(config)) {
            return Optional.of(SiteConfig.defaults());
        }
        String shown = DisplayPaths.of(config);
        if (Files.isDirectory(config)) {
            throw new InputException("the config " + shown + " is a folder, not a file" + HOW_TO_FIX);
        }
        if (!Files.isRegularFile(config)) {
            throw new InputException("the config " + shown + " is not a regular file but a pipe, device or socket, "
                    + "and is not read" + HOW_TO_FIX);
        }
        long limit = SiteConfig.DEFAULT_MAX_FILE_SIZE;
        Optional<byte[]> bytes = readAtMost(config, limit);
        if (bytes.isEmpty()) {
            diagnostics.error(Position.START, "file-too-large", "file is over the limit of " + limit + " bytes for a "
                    + "site config, which is a few lines of YAML; check that --config names the right file");
            return Optional.empty();
        }
        // Read as postmortems are: a byte-order mark and CRLF line ends are fine, a bad byte is named.
        TextDecoder.Decoded decoded = TextDecoder.decode(shown, bytes.get());
        if (decoded instanceof TextDecoder.NotUtf8 notUtf8) {
            diagnostics.add(notUtf8.problem());
            return Optional.empty();
        }
        return SiteConfigReader.read(((TextDecoder.Text) decoded).text(), diagnostics);
    }

    /** @return the file's bytes, or empty when it has more than {@code limit}; reads one byte past it at most */
    private static Optional<byte[]> readAtMost(Path file, long limit) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(Math.toIntExact(limit + 1));
            return bytes.length > limit ? Optional.empty() : Optional.of(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + DisplayPaths.of(file), e);
        }
    }
}
