package dev.hindsight.render;

import dev.hindsight.render.page.Pager;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Cuts long lists into pages, so that no page of a large library grows past what a phone loads
 * quickly: 100 rows of a list are about 80 KB of HTML.
 */
final class Pagination {

    static final int PER_PAGE = 100;

    private Pagination() {
    }

    /**
     * The pages of a list at {@code path}, each made from one template and the record {@code page}
     * gives for its slice: at least one page, empty when the list is.
     */
    static <T> List<OutputFile> pages(String path, List<T> items, String template,
                                      BiFunction<Pager, List<T>, Object> page) {
        int count = Math.max(1, (items.size() + PER_PAGE - 1) / PER_PAGE);
        List<OutputFile> files = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            List<T> slice = items.subList((n - 1) * PER_PAGE, Math.min(items.size(), n * PER_PAGE));
            Pager pager = new Pager(path, n, count);
            files.add(RenderContext.page(pager.path() + "index.html", template, page.apply(pager, slice)));
        }
        return files;
    }
}
