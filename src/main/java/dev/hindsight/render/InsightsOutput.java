package dev.hindsight.render;

import dev.hindsight.model.Insights;
import dev.hindsight.model.Measure;
import dev.hindsight.render.page.BarChart;
import dev.hindsight.render.page.InsightsPage;

import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code /insights/}: how often, where and how fast, and how the action items fare, as of the build day. */
final class InsightsOutput implements Output {

    @Override
    public List<OutputFile> files(RenderContext context) {
        Insights insights = Insights.of(context.library(), context.today());
        List<BarChart> counts = List.of(
                counted("per-month", "Postmortems per month, the last " + Insights.MONTHS + " months", "Month",
                        insights.perMonth().stream().map(c -> new Insights.Count(
                                Format.month(YearMonth.parse(c.label())), c.value())).toList()),
                counted("per-year", "Postmortems per year", "Year", insights.perYear()),
                counted("per-service", "Postmortems per service", "Service", insights.perService()),
                counted("per-severity", "Postmortems per severity", "Severity", insights.perSeverity()),
                counted("per-tag", "The " + Insights.TOP_TAGS + " most used tags", "Tag", insights.perTag()));
        int mitigate = Measure.MITIGATE.ordinal();
        BarChart trend = new BarChart("trend", "Median time to mitigate per quarter", "Quarter", "Median",
                insights.trend().stream().map(q -> duration(q.quarter().toString(), q.stats().get(mitigate).median()))
                        .toList());
        List<BarChart> actions = List.of(
                new BarChart("open-per-quarter", "Action items still open at the end of each quarter", "Quarter",
                        "Open", insights.actionHistory().stream().map(q -> new BarChart.Bar(q.quarter().toString(),
                        q.openAtEnd(), String.valueOf(q.openAtEnd()))).toList()),
                counted("overdue-by-owner", "Overdue action items by owner", "Owner", insights.overdueByOwner()),
                counted("overdue-by-service", "Overdue action items by service", "Service", insights.overdueByService()));
        return List.of(RenderContext.page(Urls.INSIGHTS + "index.html", "insights.jte", new InsightsPage(
                context.chrome(Urls.INSIGHTS, Chrome.Section.INSIGHTS, "Insights",
                        "How often, where and how fast incidents happen, and how the follow-ups fare."),
                insights, context.library().postmortems().size(), counts, trend, actions,
                Arrays.asList(Measure.values()), context.today())));
    }

    private static BarChart counted(String id, String title, String labelHeading, List<Insights.Count> counts) {
        return new BarChart(id, title, labelHeading, "Count",
                counts.stream().map(c -> new BarChart.Bar(c.label(), c.value(), String.valueOf(c.value()))).toList());
    }

    /** A bar in minutes, shown as a duration; a quarter without a measured incident shows a dash. */
    private static BarChart.Bar duration(String label, Optional<Duration> value) {
        return new BarChart.Bar(label, value.map(d -> d.getSeconds() / 60.0).orElse(0.0),
                value.map(Format::duration).orElse("—"));
    }
}
