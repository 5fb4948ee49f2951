package dev.hindsight.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A site's files, output by output, the outputs being made side by side. A publisher takes each
 * output's files as soon as they are listed, so that the pages of the first outputs are rendered and
 * written while a slow one, such as the search index, is still being made (at 1,000 postmortems the
 * index kept one core busy for a second and a half while the other waited). A listing of them all,
 * such as the sitemap, comes last.
 */
public final class SiteFiles {

    private final List<CompletableFuture<List<OutputFile>>> parts;
    private final UnaryOperator<List<OutputFile>> listing;

    private SiteFiles(List<CompletableFuture<List<OutputFile>>> parts, UnaryOperator<List<OutputFile>> listing) {
        this.parts = List.copyOf(parts);
        this.listing = listing;
    }

    /**
     * Starts listing every output's files at once.
     *
     * @param listing the files made from the paths of all the others, such as the sitemap
     */
    static SiteFiles start(List<Output> outputs, RenderContext context, UnaryOperator<List<OutputFile>> listing) {
        return new SiteFiles(outputs.stream()
                .map(output -> CompletableFuture.supplyAsync(() -> output.files(context), SiteFiles::onItsOwnThread))
                .toList(), listing);
    }

    /**
     * Most outputs list their files in milliseconds; each has a thread of its own so that the slow
     * ones (the search index, the action items' pages) start at once instead of queueing behind the
     * others. Daemon threads, so that a build that stopped at a failure does not wait for them.
     */
    private static void onItsOwnThread(Runnable task) {
        Thread thread = new Thread(task, "hindsight-output");
        thread.setDaemon(true);
        thread.start();
    }

    /** Files already made, as one output: for a publisher's tests and callers that have a plain list. */
    public static SiteFiles of(List<OutputFile> files) {
        return new SiteFiles(List.of(CompletableFuture.completedFuture(List.copyOf(files))), all -> List.of());
    }

    /**
     * Gives each output's files, in the order of the outputs, each as soon as it is listed, and then
     * the listing of them all. An output that fails stops it with that output's exception; outputs
     * still being made then finish unseen.
     */
    public void forEachPart(Consumer<List<OutputFile>> sink) {
        List<OutputFile> listed = new ArrayList<>();
        for (CompletableFuture<List<OutputFile>> part : parts) {
            List<OutputFile> files = joined(part);
            sink.accept(files);
            listed.addAll(files);
        }
        sink.accept(listing.apply(listed));
    }

    /** Every file of the site, sorted by path, once every output is made. */
    public List<OutputFile> all() {
        List<OutputFile> all = new ArrayList<>();
        forEachPart(all::addAll);
        all.sort(Comparator.comparing(OutputFile::path));
        return List.copyOf(all);
    }

    private static List<OutputFile> joined(CompletableFuture<List<OutputFile>> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
