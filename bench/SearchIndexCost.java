import dev.hindsight.build.CheckResult;
import dev.hindsight.build.Engine;
import dev.hindsight.build.Project;
import dev.hindsight.render.OutputFile;
import dev.hindsight.render.RenderContext;
import dev.hindsight.render.search.SearchIndex;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the search index adds to a build: loads a library once, as a build does, then makes the
 * search output over it several times, every file's bytes included, and prints the median wall
 * time, the median CPU time of the whole process (every core, so a parallel index is not flattered),
 * the bytes allocated, and the heap the finished index holds until it is published: measured before
 * the files whose bytes are made when written are made, as the publisher writes each and lets it
 * go. Run by {@code bench/search-cost.sh}; JDK and the jar only ({@code java -cp target/hindsight.jar bench/SearchIndexCost.java SOURCE RUNS}).
 */
public final class SearchIndexCost {

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: java -cp target/hindsight.jar bench/SearchIndexCost.java SOURCE_DIR RUNS");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        CheckResult checked = new Engine().check(new Project(source, source.resolve("no-site.yml"), false));
        RenderContext context = new RenderContext(checked.config(), checked.pages(), checked.library(), LocalDate.of(2026, 11, 25));
        System.out.printf(Locale.ROOT, "%d postmortems loaded; %d runs after one warm-up%n",
                checked.library().postmortems().size(), runs);

        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        long[] allocated = new long[runs];
        long live = 0;
        long files = 0;
        long bytes = 0;
        for (int run = -1; run < runs; run++) {
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();
            Clocks start = Clocks.now(os);
            List<OutputFile> index = new SearchIndex().files(context);
            Clocks made = Clocks.now(os);
            // What the index holds until it is published: the files as made, before any file's bytes
            // that are written when published (the publisher writes each and lets it go).
            System.gc();
            long held = memory.getHeapMemoryUsage().getUsed() - heapBefore;
            Clocks writing = Clocks.now(os);
            long written = 0;
            for (OutputFile file : index) {
                written += file.content().length;
            }
            Clocks end = Clocks.now(os);
            if (run >= 0) {
                wall[run] = made.wall - start.wall + end.wall - writing.wall;
                cpu[run] = made.cpu - start.cpu + end.cpu - writing.cpu;
                allocated[run] = made.allocated - start.allocated + end.allocated - writing.allocated;
                live = held;
                files = index.size();
                bytes = written;
                System.out.printf(Locale.ROOT, "run %d: %d ms wall, %d ms CPU, %d MB allocated, %d MB held%n",
                        run + 1, wall[run] / 1_000_000, cpu[run] / 1_000_000, allocated[run] >> 20, held >> 20);
            }
        }
        System.out.printf(Locale.ROOT, "search index: %d files, %.1f MB; median %d ms wall, %d ms CPU, %d MB allocated, "
                        + "%d MB held until published%n", files, bytes / 1e6, median(wall) / 1_000_000, median(cpu) / 1_000_000,
                median(allocated) >> 20, live >> 20);
    }

    /** Wall time, process CPU time and bytes allocated so far, read together. */
    private record Clocks(long wall, long cpu, long allocated) {
        static Clocks now(com.sun.management.OperatingSystemMXBean os) {
            return new Clocks(System.nanoTime(), os.getProcessCpuTime(), allocatedSoFar());
        }
    }

    /** Bytes allocated by every live thread, the common pool's workers included. */
    private static long allocatedSoFar() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return Arrays.stream(threads.getThreadAllocatedBytes(threads.getAllThreadIds())).filter(b -> b > 0).sum();
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
