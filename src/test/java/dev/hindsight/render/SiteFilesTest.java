package dev.hindsight.render;

import dev.hindsight.model.Library;
import dev.hindsight.model.SiteConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site's files reach the publisher output by output, without waiting for the slowest. */
class SiteFilesTest {

    private static final SiteConfig SITE = SiteConfig.defaults();
    private static final RenderContext CONTEXT = new RenderContext(SITE, List.of(),
            Library.assemble(List.of(), SITE.statuses(), SITE.severities()), LocalDate.parse("2026-12-03"));

    @Test
    void handsOnAnOutputsFilesWhileALaterOutputIsStillBeingMade() {
        CountDownLatch firstHandedOn = new CountDownLatch(1);
        AtomicBoolean laterSawIt = new AtomicBoolean();
        Output later = context -> {
            try {
                // Only a guard against hanging: a SiteFiles that waited for every output never counts down.
                laterSawIt.set(firstHandedOn.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(file("search/index.json"));
        };
        List<String> received = new ArrayList<>();

        SiteFiles.start(List.of(fixed("index.html"), later), CONTEXT, all -> List.of()).forEachPart(part -> {
            part.forEach(file -> received.add(file.path()));
            if (received.contains("index.html")) {
                firstHandedOn.countDown();
            }
        });

        assertTrue(laterSawIt.get(), "the first output's files were handed on before the later output was done");
        assertEquals(List.of("index.html", "search/index.json"), received);
    }

    @Test
    void givesTheListingLastMadeFromEveryOtherFile() {
        List<List<String>> parts = new ArrayList<>();

        SiteFiles.start(List.of(fixed("b/index.html"), fixed("a/index.html")), CONTEXT,
                        all -> List.of(file("listing-of-" + all.size())))
                .forEachPart(part -> parts.add(part.stream().map(OutputFile::path).toList()));

        assertEquals(List.of(List.of("b/index.html"), List.of("a/index.html"), List.of("listing-of-2")), parts);
    }

    @Test
    void listsEveryFileSortedByPath() {
        SiteFiles files = SiteFiles.start(List.of(fixed("z.txt"), fixed("a/index.html")), CONTEXT,
                all -> List.of(file("m.xml")));

        assertEquals(List.of("a/index.html", "m.xml", "z.txt"), files.all().stream().map(OutputFile::path).toList());
    }

    @Test
    void stopsWithTheExceptionOfAnOutputThatFailed() {
        IllegalStateException failure = new IllegalStateException("a template is broken");
        List<String> received = new ArrayList<>();
        SiteFiles files = SiteFiles.start(List.of(fixed("index.html"), context -> {
            throw failure;
        }, fixed("tags/index.html")), CONTEXT, all -> List.of(file("sitemap.xml")));

        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> files.forEachPart(part -> part.forEach(file -> received.add(file.path())))));
        assertEquals(List.of("index.html"), received, "nothing after the failed output is handed on");
    }

    private static Output fixed(String path) {
        return context -> List.of(file(path));
    }

    private static OutputFile file(String path) {
        return new OutputFile(path, path.getBytes(StandardCharsets.UTF_8));
    }
}
