package dev.hindsight.render;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThemeAssetsTest {

    @Test
    void shipsEveryFileOfTheThemeAssetsFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("theme/assets"))) {
            List<String> onDisk = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(onDisk, ThemeAssets.FILES);
        }
        assertEquals(ThemeAssets.FILES.size(), ThemeAssets.all().size());
    }
}
