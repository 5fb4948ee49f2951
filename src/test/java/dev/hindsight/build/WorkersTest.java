package dev.hindsight.build;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WorkersTest {

    @Test
    void keepsTheOrderOfItems() {
        List<Integer> items = IntStream.range(0, 100).boxed().toList();

        assertEquals(items.stream().map(i -> i * 2).toList(), Workers.map(items, i -> i * 2));
    }

    @Test
    void givesDeepRecursionRoomThatADefaultStackHasNot() {
        assertEquals(List.of(200_000), Workers.map(List.of(200_000), WorkersTest::depth));
    }

    @Test
    void namesTheFileWhoseWorkFailed() {
        NullPointerException bug = new NullPointerException("boom");

        FileFailure failure = assertThrows(FileFailure.class, () -> Workers.map(List.of("postmortems/a.md"),
                file -> FileFailure.guard(file, () -> {
                    throw bug;
                })));

        assertEquals("postmortems/a.md", failure.file());
        assertEquals("internal error while reading postmortems/a.md", failure.getMessage());
        assertSame(bug, failure.getCause());
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }
}
