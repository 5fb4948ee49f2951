package dev.hindsight.render.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The due dates that may pass between the build and the reading of a page, written for the page's
 * script to recount overdue items on the reader's day: {@code 2026-12-01*3 2027-01-31}, one entry a
 * day with how many items fall due on it, so that the list stays short for a backlog of thousands.
 */
public final class DueDates {

    private DueDates() {
    }

    public static String toWatch(List<LocalDate> upcoming) {
        Map<LocalDate, Long> perDay = upcoming.stream()
                .collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
        return perDay.entrySet().stream()
                .map(day -> day.getKey() + (day.getValue() == 1 ? "" : "*" + day.getValue()))
                .collect(Collectors.joining(" "));
    }
}
