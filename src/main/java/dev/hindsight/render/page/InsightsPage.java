package dev.hindsight.render.page;

import dev.hindsight.model.Insights;
import dev.hindsight.model.Measure;
import dev.hindsight.render.Chrome;

import java.time.LocalDate;
import java.util.List;

/**
 * The insights page: the library's trends, with a chart and its table for each.
 *
 * @param charts    the counts, each as a chart: by month, year, service, severity, tag
 * @param trend     the median time to mitigate per quarter
 * @param actions   the action items' charts: still open per quarter, overdue by owner, by service
 * @param measures  the measures in the order of every table's columns
 * @param unmeasuredShown how many postmortems without timestamps the page names; the rest are a link away
 * @param today     the day the page was built for
 */
public record InsightsPage(Chrome chrome, Insights insights, int total, List<BarChart> charts, BarChart trend,
                           List<BarChart> actions, List<Measure> measures, int unmeasuredShown, LocalDate today) {

    public InsightsPage {
        charts = List.copyOf(charts);
        actions = List.copyOf(actions);
        measures = List.copyOf(measures);
    }
}
