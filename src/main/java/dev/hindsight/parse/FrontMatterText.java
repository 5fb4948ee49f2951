package dev.hindsight.parse;

import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.source.FrontMatterSplitter;

import java.util.Optional;

/**
 * Front matter as written, without its fences: Hindsight's YAML, or another tool's TOML, which is
 * always another tool's, as Hindsight writes YAML.
 *
 * @param firstLine the file line the front matter starts on
 */
public record FrontMatterText(FrontMatterSplitter.Syntax syntax, String text, int firstLine) {

    /** The front matter of a split file. */
    public static FrontMatterText of(FrontMatterSplitter.Split split) {
        return new FrontMatterText(split.syntax(), split.frontMatter(), split.firstLine());
    }

    public boolean isToml() {
        return syntax == FrontMatterSplitter.Syntax.TOML;
    }

    /** The fields as written, or empty when they cannot be read (the problem is reported). */
    Optional<YamlNode> read(Diagnostics diagnostics) {
        return isToml() ? TomlReader.read(text, firstLine, diagnostics).map(YamlNode.class::cast)
                : YamlReader.read(text, firstLine, diagnostics);
    }
}
