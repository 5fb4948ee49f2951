package dev.hindsight.render;

import dev.hindsight.model.Insights;
import dev.hindsight.model.Measure;
import dev.hindsight.render.page.BarChart;
import dev.hindsight.render.page.GroupExtras;
import dev.hindsight.render.page.InsightsPage;
import dev.hindsight.render.page.ListPage;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** {@code /insights/}: how often, where and how fast, and how the action items fare, as of the build day. */
final class InsightsOutput implements Output {

    /** Owners in the overdue chart at most: a large library has hundreds, and a chart of them all says little. */
    static final int TOP_OWNERS = 20;
    /** Postmortems without timestamps named on the page; all of them are on pages of their own. */
    static final int UNMEASURED_SHOWN = 10;

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
                overdueByOwner(insights.overdueByOwner()),
                counted("overdue-by-service", "Overdue action items by service", "Service", insights.overdueByService()));
        List<OutputFile> files = new ArrayList<>();
        files.add(RenderContext.page(Urls.INSIGHTS + "index.html", "insights.jte", new InsightsPage(
                context.chrome(Urls.INSIGHTS, Chrome.Section.INSIGHTS, "Insights",
                        "How often, where and how fast incidents happen, and how the follow-ups fare."),
                insights, context.library().postmortems().size(), counts, trend, actions,
                Arrays.asList(Measure.values()), UNMEASURED_SHOWN, context.today())));
        // Only when the page cannot name them all, so that no page goes unlinked.
        if (insights.unmeasured().size() > UNMEASURED_SHOWN) {
            String count = Format.count(insights.unmeasured().size(), "postmortem records", "postmortems record");
            files.addAll(Pagination.pages(Urls.UNMEASURED, insights.unmeasured(), "list.jte", (pager, slice) -> new ListPage(
                    context.chrome(pager, Chrome.Section.INSIGHTS, "Postmortems without timestamps",
                            count + " too few timestamps for any measure."),
                    "Insights", "Postmortems without timestamps", count + " too few timestamps for the insights' "
                            + "measures (started, and one of detected, mitigated or resolved), newest first.",
                    Urls.INSIGHTS, "Insights", slice, pager, GroupExtras.NONE, context.today())));
        }
        return files;
    }

    /** The owners with the most overdue items, and how many more have some. */
    private static BarChart overdueByOwner(List<Insights.Count> owners) {
        if (owners.size() <= TOP_OWNERS) {
            return counted("overdue-by-owner", "Overdue action items by owner", "Owner", owners);
        }
        return new BarChart("overdue-by-owner", "The " + TOP_OWNERS + " owners with the most overdue action items",
                "Owner", "Count", bars(owners.subList(0, TOP_OWNERS)),
                Format.count(owners.size() - TOP_OWNERS, "more owner has", "more owners have")
                        + " overdue items; each owner's are on their page, linked from the action items.");
    }

    private static BarChart counted(String id, String title, String labelHeading, List<Insights.Count> counts) {
        return new BarChart(id, title, labelHeading, "Count", bars(counts));
    }

    private static List<BarChart.Bar> bars(List<Insights.Count> counts) {
        return counts.stream().map(c -> new BarChart.Bar(c.label(), c.value(), String.valueOf(c.value()))).toList();
    }

    /** A bar in minutes, shown as a duration; a quarter without a measured incident shows a dash. */
    private static BarChart.Bar duration(String label, Optional<Duration> value) {
        return new BarChart.Bar(label, value.map(d -> d.getSeconds() / 60.0).orElse(0.0),
                value.map(Format::duration).orElse("—"));
    }
}
