package vn.diemtua.report;

import vn.diemtua.charts.ChartText;
import vn.diemtua.charts.ComparisonChart;
import vn.diemtua.charts.HeatMapChart;
import vn.diemtua.charts.LabeledValue;
import vn.diemtua.charts.MonthValue;
import vn.diemtua.charts.MonthlySeries;
import vn.diemtua.charts.RankingChart;
import vn.diemtua.charts.TargetProgressChart;
import vn.diemtua.charts.TrendChart;
import vn.diemtua.report.ChartTable.Change;
import vn.diemtua.report.ChartTable.Column;
import vn.diemtua.report.ChartTable.Count;
import vn.diemtua.report.ChartTable.Ratio;
import vn.diemtua.report.ReportFigures.MonthlyFigure;
import vn.diemtua.report.ReportFigures.ReportingFigure;
import vn.diemtua.report.ReportFigures.WindowFigure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static vn.diemtua.model.MetricValuesSchema.KY_BAO_CAO;
import static vn.diemtua.model.MetricValuesSchema.METRIC_ID;
import static vn.diemtua.model.MetricValuesSchema.UNIT_CODE;
import static vn.diemtua.model.MetricValuesSchema.UNIT_NAME;

/** The five charts of the pack, each with its table, from the report's figures (texts in Vietnamese). */
public final class ReportCharts {
    /** The trend shows at least this many months when the data has them. */
    static final int TREND_MONTHS = 24;

    private final ReportFigures figures;
    private final ReportPlan plan;
    private final ProvinceNames provinces;
    private final ReportText text;
    private final String source;

    public ReportCharts(ReportFigures figures, ReportPlan plan, ProvinceNames provinces, ReportText text) {
        this.figures = figures;
        this.plan = plan;
        this.provinces = provinces;
        this.text = text;
        this.source = text.sourceLine(figures.window(), figures.geography(), figures.version());
    }

    public List<ReportSection> sections() {
        return List.of(trend(), ranking(), progress(), completeness(), comparison());
    }

    private ChartText chartText(String title, String subtitle) {
        return new ChartText(title, subtitle, source);
    }

    private Column column(String key) {
        return new Column(key, text.get("column." + key));
    }

    /** (1) National monthly trend of the main flows, the window shaded. */
    ReportSection trend() {
        ReportWindow window = figures.window();
        YearMonth start = window.to().minusMonths(TREND_MONTHS - 1L);
        start = start.isBefore(window.from()) ? start : window.from();
        List<String> metrics = new ArrayList<>();
        List<MonthlySeries> series = new ArrayList<>();
        Map<YearMonth, Map<String, Double>> byMonth = new TreeMap<>();
        for (String id : plan.trend()) {
            List<MonthValue> points = new ArrayList<>();
            for (MonthlyFigure f : figures.monthly(id)) {
                if (!f.month().isBefore(start)) {
                    points.add(new MonthValue(f.month(), f.value()));
                    byMonth.computeIfAbsent(f.month(), m -> new LinkedHashMap<>()).put(id, f.value());
                }
            }
            if (!points.isEmpty()) {
                metrics.add(id);
                series.add(new MonthlySeries(text.label(id), points));
            }
        }
        List<Column> columns = new ArrayList<>(List.of(column(KY_BAO_CAO)));
        metrics.forEach(id -> columns.add(new Column(id, text.label(id))));
        ChartTable table = new ChartTable(columns);
        byMonth.forEach((month, values) -> {
            List<Object> row = new ArrayList<>(List.of(month));
            metrics.forEach(id -> row.add(values.containsKey(id) ? new Count(values.get(id)) : null));
            table.add(row);
        });
        String title = text.get("chart.trend.title");
        String description = text.get("chart.trend.description");
        if (series.isEmpty()) {
            return new ReportSection("trend", title, description, Optional.empty(), table);
        }
        YearMonth first = byMonth.keySet().iterator().next();
        List<String> units = metrics.stream().map(text::unit).filter(u -> !u.isEmpty()).distinct().toList();
        String axis = units.isEmpty() ? text.get("chart.trend.axis")
                : text.get("chart.trend.axis.units", String.join(", ", units));
        return new ReportSection("trend", title, description, Optional.of(TrendChart.render(
                new TrendChart.Input(series, window.from(), window.to(), text.get("chart.trend.window"), axis),
                chartText(title, text.get("chart.trend.subtitle", text.month(first), text.month(window.to()))),
                text.formats())), table);
    }

    /** (2) Provinces ranked by the ranked rate over the window, against its target line. */
    ReportSection ranking() {
        String id = plan.ranking();
        String label = text.label(id);
        Optional<WindowFigure> nation = figures.nation(id);
        String operator = nation.map(WindowFigure::targetOperator).orElse(null);
        Double target = operator == null ? null : nation.get().targetValue();
        List<WindowFigure> units = figures.provinceRanking().stream().filter(f -> f.value() != null)
                .sorted(Comparator.comparingDouble(WindowFigure::value).reversed()
                        .thenComparing(WindowFigure::unitCode)).toList();
        ChartTable table = new ChartTable(List.of(column("rank"), column(UNIT_CODE), column(UNIT_NAME),
                column("window_value"), column("prior_value"), column("meets_target")));
        List<LabeledValue> bars = new ArrayList<>();
        int rank = 0;
        for (WindowFigure unit : units) {
            String name = unit.unitName() != null ? unit.unitName()
                    : provinces.name(unit.unitCode(), figures.window().to());
            bars.add(new LabeledValue(name, unit.value()));
            table.add(Arrays.asList(++rank, unit.unitCode(), name, new Ratio(unit.value()),
                    unit.prior() == null ? null : new Ratio(unit.prior()),
                    target == null ? null : Targets.meets(operator, unit.value(), target)));
        }
        String title = text.get("chart.ranking.title", label);
        String description = text.get("chart.ranking.description");
        if (bars.isEmpty()) {
            return new ReportSection("ranking", title, description, Optional.empty(), table);
        }
        String targetText = target == null ? "" : text.target(operator, target, true);
        RankingChart.Labels labels = new RankingChart.Labels(text.get("chart.ranking.axis", label),
                text.get("chart.ranking.target", targetText),
                text.get("chart.ranking.reference", nation.map(f -> text.percent(f.value())).orElse("")),
                text.get("chart.ranking.meets"), text.get("chart.ranking.misses"));
        RankingChart.Input input = new RankingChart.Input(bars, target,
                v -> target != null && Targets.meets(operator, v, target), nation.map(WindowFigure::value).orElse(null));
        return new ReportSection("ranking", title, description, Optional.of(RankingChart.render(input, labels,
                chartText(title, text.get("chart.ranking.subtitle", text.month(figures.window().from()),
                        text.month(figures.window().to()))), text.formats())), table);
    }

    /** (3) The progress share over time against its target, with the projection at the current pace. */
    ReportSection progress() {
        String id = plan.progress();
        String label = text.label(id);
        List<MonthlyFigure> months = figures.monthly(id);
        ChartTable table = new ChartTable(List.of(column("series"), column(KY_BAO_CAO), column("value"),
                column("numerator"), column("denominator")));
        for (MonthlyFigure f : months) {
            table.add(Arrays.asList(text.get("series.actual"), f.month(), new Ratio(f.value()), count(f.numerator()),
                    count(f.denominator())));
        }
        String title = text.get("chart.progress.title", label);
        String description = text.get("chart.progress.description");
        if (months.isEmpty()) {
            return new ReportSection("progress", title, description, Optional.empty(), table);
        }
        MonthlyFigure last = months.get(months.size() - 1);
        boolean hasTarget = last.targetValue() != null && last.targetOperator() != null;
        if (hasTarget && last.projectedMonth() != null && last.projectedMonth().isAfter(last.month())) {
            table.add(Arrays.asList(text.get("series.projection"), last.projectedMonth(), new Ratio(last.targetValue()), null,
                    null));
        }
        String goal = hasTarget ? text.target(last.targetOperator(), last.targetValue(), true) : "";
        TargetProgressChart.Labels labels = new TargetProgressChart.Labels(text.get("chart.progress.actual"),
                text.get("chart.progress.projection"), text.get("chart.progress.target", goal),
                last.targetDeadline() == null ? "" : text.get("chart.progress.deadline", text.month(last.targetDeadline())),
                text.get("chart.progress.axis"));
        String subtitle = hasTarget ? ConferenceSummary.outlook(text, "chart.progress.subtitle.", last) : null;
        TargetProgressChart.Input input = new TargetProgressChart.Input(
                months.stream().map(f -> new MonthValue(f.month(), f.value())).toList(),
                hasTarget ? last.targetValue() : null, last.targetDeadline(), last.projectedMonth());
        return new ReportSection("progress", title, description, Optional.of(TargetProgressChart.render(input, labels,
                chartText(title, subtitle), text.formats())), table);
    }

    /** (4) Reporting completeness, province by month. */
    ReportSection completeness() {
        ReportWindow window = figures.window();
        Map<String, Map<YearMonth, Double>> byProvince = new TreeMap<>();
        Map<String, YearMonth> lastMonth = new TreeMap<>();
        for (ReportingFigure f : figures.provinceReporting()) {
            Double value = f.completeness() != null ? f.completeness()
                    : f.expected() > 0 ? (double) f.reported() / f.expected() : null;
            byProvince.computeIfAbsent(f.unitCode(), c -> new TreeMap<>()).put(f.month(), value);
            lastMonth.merge(f.unitCode(), f.month(), (a, b) -> a.isAfter(b) ? a : b);
        }
        List<YearMonth> months = window.months();
        List<Column> columns = new ArrayList<>(List.of(column(UNIT_CODE), column(UNIT_NAME)));
        months.forEach(m -> columns.add(new Column(m.toString(), text.month(m))));
        ChartTable table = new ChartTable(columns);
        List<String> rows = new ArrayList<>();
        List<HeatMapChart.Cell> cells = new ArrayList<>();
        for (Map.Entry<String, Map<YearMonth, Double>> province : byProvince.entrySet()) {
            String name = provinces.name(province.getKey(), lastMonth.get(province.getKey()));
            List<Object> row = new ArrayList<>(List.of(province.getKey(), name));
            for (YearMonth month : months) {
                Double value = province.getValue().get(month);
                row.add(value == null ? null : new Ratio(value));
                if (value != null) {
                    cells.add(new HeatMapChart.Cell(rows.size(), month, value));
                }
            }
            rows.add(name);
            table.add(row);
        }
        String title = text.get("chart.completeness.title");
        String description = text.get("chart.completeness.description");
        if (cells.isEmpty()) {
            return new ReportSection("completeness", title, description, Optional.empty(), table);
        }
        return new ReportSection("completeness", title, description, Optional.of(HeatMapChart.render(
                new HeatMapChart.Input(rows, months, cells),
                new HeatMapChart.Labels(text.get("chart.completeness.axis"), text.get("chart.completeness.scale")),
                chartText(title, text.get("chart.completeness.subtitle", text.month(window.from()),
                        text.month(window.to()))), text.formats())), table);
    }

    /** (5) Each main indicator over the window against the same window a year earlier. */
    ReportSection comparison() {
        ReportWindow window = figures.window();
        ChartTable table = new ChartTable(List.of(column(METRIC_ID), column("metric_label"), column("window_value"),
                column("prior_value"), column("change_pct")));
        List<ComparisonChart.Indicator> indicators = new ArrayList<>();
        for (String id : plan.comparison()) {
            Optional<WindowFigure> figure = figures.nation(id);
            if (figure.isEmpty()) {
                continue;
            }
            WindowFigure f = figure.get();
            boolean ratio = figures.isRatio(id);
            table.add(Arrays.asList(id, text.label(id), ratio ? new Ratio(f.value()) : new Count(f.value()),
                    f.prior() == null ? null : ratio ? new Ratio(f.prior()) : new Count(f.prior()),
                    f.change() == null ? null : new Change(f.change())));
            if (f.change() != null) {
                indicators.add(new ComparisonChart.Indicator(text.label(id), f.value(), f.prior(), ratio));
            }
        }
        String title = text.get("chart.comparison.title");
        String description = text.get("chart.comparison.description");
        if (indicators.isEmpty()) {
            return new ReportSection("comparison", title, description, Optional.empty(), table);
        }
        ReportWindow prior = window.prior();
        return new ReportSection("comparison", title, description, Optional.of(ComparisonChart.render(indicators,
                new ComparisonChart.Labels(text.get("chart.comparison.axis"), text.get("chart.comparison.increase"),
                        text.get("chart.comparison.decrease"), text.get("chart.comparison.against")),
                chartText(title, text.get("chart.comparison.subtitle", text.month(window.from()),
                        text.month(window.to()), text.month(prior.from()), text.month(prior.to()))),
                text.formats())), table);
    }

    private static Count count(Double value) {
        return value == null ? null : new Count(value);
    }
}
