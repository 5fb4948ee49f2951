package dev.hindsight.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The default theme's static files, shipped inside the jar under {@code theme/assets/}. */
public final class ThemeAssets implements Output {

    /** Listed, not discovered: a jar cannot be listed portably. A test keeps this list true to {@code theme/assets/}. */
    public static final List<String> FILES = List.of("favicon.svg", "print.css", "search.js", "site.js", "style.css");

    @Override
    public List<OutputFile> files(RenderContext context) {
        return all();
    }

    static List<OutputFile> all() {
        return FILES.stream().map(name -> new OutputFile("assets/" + name, read(name))).toList();
    }

    private static byte[] read(String name) {
        try (InputStream in = ThemeAssets.class.getResourceAsStream("/theme/assets/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The theme asset " + name + " is missing from the jar; rebuild it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read theme asset " + name, e);
        }
    }
}
