package dev.hindsight.build;

import dev.hindsight.check.BodyRules;
import dev.hindsight.diagnostic.Diagnostics;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.parse.FrontMatter;
import dev.hindsight.parse.FrontMatterText;
import dev.hindsight.parse.MarkdownBody;
import dev.hindsight.parse.PostmortemParser;
import dev.hindsight.parse.RenderedBody;
import dev.hindsight.parse.TemplateLeftovers;
import dev.hindsight.source.FrontMatterSplitter;
import dev.hindsight.source.SourceFile;

import java.util.Optional;

/**
 * The load phase for one file: split, read the front matter, render the body and check it. A pure
 * function of the file's text and the config, so its result can be kept while neither changes.
 */
final class FileLoader {

    private final SiteConfig config;
    private final PostmortemParser parser;
    private final MarkdownBody markdown;

    FileLoader(SiteConfig config, MarkdownBody markdown) {
        this.config = config;
        this.parser = new PostmortemParser(config);
        this.markdown = markdown;
    }

    SiteConfig config() {
        return config;
    }

    LoadedFile load(SourceFile file) {
        Diagnostics diagnostics = new Diagnostics(file.displayPath());
        FrontMatterSplitter.Result split = FrontMatterSplitter.split(file);
        if (split instanceof FrontMatterSplitter.Failed failed) {
            diagnostics.add(failed.problem());
            return new LoadedFile(file, new LoadedFile.NoFrontMatter(), diagnostics.toList());
        }
        Optional<FrontMatterText> written = Optional.empty();
        int bodyFirstLine = 1;
        String bodyAsWritten;
        if (split instanceof FrontMatterSplitter.Split parts) {
            written = Optional.of(FrontMatterText.of(parts));
            bodyFirstLine = parts.bodyFirstLine();
            bodyAsWritten = parts.body();
        } else {
            bodyAsWritten = ((FrontMatterSplitter.Bare) split).body();
        }
        String body = TemplateLeftovers.strip(bodyAsWritten, bodyFirstLine, diagnostics);
        Optional<FrontMatter> frontMatter = parser.read(file, written, body, diagnostics);
        boolean valid = frontMatter.isPresent() && !diagnostics.hasErrors();
        RenderedBody rendered = markdown.render(body, bodyFirstLine, diagnostics);
        // A file written to another template is not held to this site's sections and title heading.
        if (frontMatter.isEmpty() || !frontMatter.get().inferred()) {
            BodyRules.check(rendered.headings(), frontMatter.map(f -> f.postmortem().title()),
                    config.requiredSections(), diagnostics);
        }
        LoadedFile.Reading reading = frontMatter.<LoadedFile.Reading>map(f -> new LoadedFile.Read(f, valid, rendered))
                .orElse(new LoadedFile.UnreadFrontMatter(rendered));
        return new LoadedFile(file, reading, diagnostics.toList());
    }
}
