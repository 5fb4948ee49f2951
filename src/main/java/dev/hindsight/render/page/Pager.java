package dev.hindsight.render.page;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Where one page of a long list stands among the others. The first page keeps the list's own
 * address; page {@code n} is at {@code page/n/} below it, so links to a list never break as it grows.
 *
 * @param firstPath the list's own folder in the site ({@code postmortems/})
 * @param number    this page's number, from 1
 * @param count     how many pages the list has; 1 when it fits on one
 */
public record Pager(String firstPath, int number, int count) {

    public Pager {
        if (number < 1 || number > count) {
            throw new IllegalArgumentException("page " + number + " of " + count);
        }
    }

    /** The folder of page {@code n}. */
    public String path(int n) {
        return n == 1 ? firstPath : firstPath + "page/" + n + "/";
    }

    public String path() {
        return path(number);
    }

    public boolean isPaged() {
        return count > 1;
    }

    public Optional<Integer> previous() {
        return number > 1 ? Optional.of(number - 1) : Optional.empty();
    }

    public Optional<Integer> next() {
        return number < count ? Optional.of(number + 1) : Optional.empty();
    }

    public List<Integer> numbers() {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    /** Added to a page's title so that every page of a list has its own: {@code " (page 2 of 7)"}. */
    public String titleSuffix() {
        return isPaged() && number > 1 ? " (page " + number + " of " + count + ")" : "";
    }
}
