package dev.hindsight.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs per-file work in parallel on threads with deep stacks. The Markdown parser recurses once per
 * level of nesting and once per character of a {@code *****} line, so the 1 MB stack of a parallel
 * stream's threads overflows on a 3,000-character rule line; 32 MB gives room for about thirty times
 * that, and what still overflows is reported as a diagnostic by the parser's caller.
 */
final class Workers {

    static final long STACK_SIZE = 32L * 1024 * 1024;

    private Workers() {
    }

    /** Applies work to every item and returns the results in the items' order. */
    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        if (items.isEmpty()) {
            return List.of();
        }
        int threads = Math.min(items.size(), Runtime.getRuntime().availableProcessors());
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(null, task, "hindsight-check-" + count.incrementAndGet(), STACK_SIZE);
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> future : futures) {
                results.add(resultOf(future));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R resultOf(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while checking files");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
