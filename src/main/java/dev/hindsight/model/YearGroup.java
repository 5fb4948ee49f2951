package dev.hindsight.model;

import java.time.YearMonth;
import java.util.List;

/** One year of the archive, its months newest first. */
public record YearGroup(int year, List<Month> months) {

    public YearGroup {
        months = List.copyOf(months);
    }

    public String slug() {
        return Integer.toString(year);
    }

    public int size() {
        return months.stream().mapToInt(m -> m.postmortems().size()).sum();
    }

    /** The postmortems of one month, newest first. */
    public record Month(YearMonth month, List<Postmortem> postmortems) {
        public Month {
            postmortems = List.copyOf(postmortems);
        }
    }
}
