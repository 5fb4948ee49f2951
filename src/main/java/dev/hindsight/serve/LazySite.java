package dev.hindsight.serve;

import dev.hindsight.model.Library;
import dev.hindsight.model.SiteConfig;
import dev.hindsight.model.SitePage;
import dev.hindsight.render.Output;
import dev.hindsight.render.OutputFile;
import dev.hindsight.render.RenderContext;
import dev.hindsight.render.SiteOutputs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One build's site, made an output at a time as its files are asked for. After a save the edited
 * postmortem's page is served as soon as the postmortem pages are listed, not after the search index
 * and the attachments are made: those are made when one of their files is first asked for, or a
 * path that no earlier output has. Every output of one site is made from the same library, so
 * whatever is served agrees with the library of that build, however late it is asked for.
 */
final class LazySite {

    static final LazySite EMPTY = new LazySite(List.of());

    /** Each output's files by path, in {@link SiteOutputs#outputs()} order, then the sitemap. */
    private final List<Once<Map<String, OutputFile>>> parts;

    private LazySite(List<Once<Map<String, OutputFile>>> parts) {
        this.parts = List.copyOf(parts);
    }

    static LazySite of(SiteConfig site, List<SitePage> pages, Library library, LocalDate today) {
        RenderContext context = new RenderContext(site, pages, library, today);
        List<Once<Map<String, OutputFile>>> parts = new ArrayList<>();
        for (Output output : SiteOutputs.outputs()) {
            parts.add(new Once<>(() -> byPath(output.files(context))));
        }
        List<Once<Map<String, OutputFile>>> outputs = List.copyOf(parts);
        parts.add(new Once<>(() -> byPath(SiteOutputs.sitemap(site, outputs.stream()
                .flatMap(part -> part.get().values().stream()).toList()))));
        return new LazySite(parts);
    }

    /** @param path relative to the site's root, such as {@code postmortems/x/index.html} */
    Optional<OutputFile> file(String path) {
        for (Once<Map<String, OutputFile>> part : parts) {
            OutputFile file = part.get().get(path);
            if (file != null) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static Map<String, OutputFile> byPath(List<OutputFile> files) {
        return files.stream().collect(Collectors.toUnmodifiableMap(OutputFile::path, Function.identity()));
    }
}
