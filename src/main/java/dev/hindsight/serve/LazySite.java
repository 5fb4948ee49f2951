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
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One build's site, made an output at a time as its files are asked for. After a save the edited
 * postmortem's page is served as soon as the postmortem pages are listed, not after the search index
 * and the attachments are made: those are made when one of their files is first asked for, or a
 * path that no output is known to have. Every output of one site is made from the same library, so
 * whatever is served agrees with the library of that build, however late it is asked for.
 */
final class LazySite {

    /**
     * Which output made each path in the builds of one preview, by its place in the list of outputs:
     * a page's stylesheet is then looked for in the theme's assets alone, not after every output
     * before them is made. Only a guess, as an output may stop making a path; a wrong one costs a
     * look through the outputs in order.
     */
    static final class Owners {

        private final Map<String, Integer> byPath = new ConcurrentHashMap<>();
    }

    static final LazySite EMPTY = new LazySite(List.of(), new Owners());

    /** Each output's files by path, in {@link SiteOutputs#outputs()} order, then the sitemap. */
    private final List<Once<Map<String, OutputFile>>> parts;
    private final Owners owners;

    private LazySite(List<Once<Map<String, OutputFile>>> parts, Owners owners) {
        this.parts = List.copyOf(parts);
        this.owners = owners;
    }

    /** @param owners shared by the sites of one preview, each build after the first learning from those before */
    static LazySite of(SiteConfig site, List<SitePage> pages, Library library, LocalDate today, Owners owners) {
        RenderContext context = new RenderContext(site, pages, library, today);
        List<Once<Map<String, OutputFile>>> parts = new ArrayList<>();
        for (Output output : SiteOutputs.outputs()) {
            parts.add(part(parts.size(), () -> output.files(context), owners));
        }
        List<Once<Map<String, OutputFile>>> outputs = List.copyOf(parts);
        parts.add(part(parts.size(), () -> SiteOutputs.sitemap(site, outputs.stream()
                .flatMap(part -> part.get().values().stream()).toList()), owners));
        return new LazySite(parts, owners);
    }

    private static Once<Map<String, OutputFile>> part(int index, Supplier<List<OutputFile>> files,
                                                      Owners owners) {
        return new Once<>(() -> {
            Map<String, OutputFile> byPath = files.get().stream()
                    .collect(Collectors.toUnmodifiableMap(OutputFile::path, Function.identity()));
            byPath.keySet().forEach(path -> owners.byPath.put(path, index));
            return byPath;
        });
    }

    /** @param path relative to the site's root, such as {@code postmortems/x/index.html} */
    Optional<OutputFile> file(String path) {
        Integer owner = owners.byPath.get(path);
        if (owner != null && owner < parts.size()) {
            OutputFile file = parts.get(owner).get().get(path);
            if (file != null) {
                return Optional.of(file);
            }
        }
        for (Once<Map<String, OutputFile>> part : parts) {
            OutputFile file = part.get().get(path);
            if (file != null) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
