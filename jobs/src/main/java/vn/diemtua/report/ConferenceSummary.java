package vn.diemtua.report;

import vn.diemtua.charts.Formats;
import vn.diemtua.report.ReportFigures.MonthlyFigure;
import vn.diemtua.report.ReportFigures.ReportingFigure;
import vn.diemtua.report.ReportFigures.WindowFigure;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The conference summary in the style of the ministry's reports, written from the figures: the
 * main flows in headline numbers with their change on the same period a year earlier, the rates
 * against their targets, the progress target with its projection, and reporting completeness.
 */
public final class ConferenceSummary {
    /** A summary in one language: a title and paragraphs of plain text. */
    public record Text(String title, List<String> paragraphs) {
        public Text {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    private final ReportFigures figures;
    private final ReportPlan plan;
    private final ProvinceNames provinces;

    public ConferenceSummary(ReportFigures figures, ReportPlan plan, ProvinceNames provinces) {
        this.figures = figures;
        this.plan = plan;
        this.provinces = provinces;
    }

    public Text write(ReportText text) {
        ReportWindow window = figures.window();
        List<String> paragraphs = new ArrayList<>();
        lead(text).ifPresent(paragraphs::add);
        join(otherFlows(text)).ifPresent(paragraphs::add);
        join(rates(text)).ifPresent(paragraphs::add);
        progress(text).ifPresent(paragraphs::add);
        reporting(text).ifPresent(paragraphs::add);
        if (paragraphs.isEmpty()) {
            paragraphs.add(text.get("summary.empty"));
        }
        return new Text(text.get("summary.title", text.month(window.from()), text.month(window.to())), paragraphs);
    }

    /** "Từ tháng …, Công an cấp xã trên toàn quốc đã phát hiện hơn 22 nghìn vụ …; bắt giữ, xử lý …". */
    private Optional<String> lead(ReportText text) {
        List<String> phrases = new ArrayList<>();
        for (String id : leadMetrics(text)) {
            figures.nation(id).ifPresent(f -> phrases.add(text.get("summary.lead." + id, text.headline(f.value()),
                    change(text, f))));
        }
        if (phrases.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(text.get("summary.lead", text.month(figures.window().from()),
                text.month(figures.window().to()), String.join("; ", phrases)));
    }

    /** The trend flows that have their own phrase in the lead sentence. */
    private List<String> leadMetrics(ReportText text) {
        return plan.trend().stream().filter(id -> text.has("summary.lead." + id)).toList();
    }

    /** The other counts: "Số vụ ma túy: hơn 3 nghìn, so với cùng kỳ tăng 2,0%." */
    private List<String> otherFlows(ReportText text) {
        Set<String> ids = new LinkedHashSet<>(plan.trend());
        ids.addAll(plan.comparison());
        ids.removeAll(leadMetrics(text));
        List<String> sentences = new ArrayList<>();
        for (String id : ids) {
            if (!figures.isRatio(id)) {
                figures.nation(id).ifPresent(f -> sentences.add(text.get("summary.flow", text.label(id),
                        text.headline(f.value()), change(text, f))));
            }
        }
        return sentences;
    }

    /** The rates, the ranked one first, each against a year earlier and its target. */
    private List<String> rates(ReportText text) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(plan.ranking());
        ids.addAll(plan.comparison());
        ids.remove(plan.progress());
        ids.remove(plan.completeness());
        List<String> sentences = new ArrayList<>();
        for (String id : ids) {
            if (figures.isRatio(id)) {
                figures.nation(id).ifPresent(f -> sentences.add(rate(text, f)));
            }
        }
        return sentences;
    }

    private String rate(ReportText text, WindowFigure figure) {
        String prior = figure.prior() == null ? "" : text.get("summary.rate.prior", text.percent(figure.prior()));
        String target = "";
        String units = "";
        if (figure.targetValue() != null && figure.targetOperator() != null) {
            String goal = text.target(figure.targetOperator(), figure.targetValue(), true);
            boolean met = Targets.meets(figure.targetOperator(), figure.value(), figure.targetValue());
            target = met ? text.get("summary.target.met", goal)
                    : text.get("summary.target.missed", goal,
                    text.formats().decimal(Math.abs(figure.targetValue() - figure.value()) * 100));
            if (figure.metricId().equals(plan.ranking())) {
                List<WindowFigure> ranked = figures.provinceRanking().stream().filter(p -> p.value() != null).toList();
                long meeting = ranked.stream()
                        .filter(p -> Targets.meets(figure.targetOperator(), p.value(), figure.targetValue())).count();
                units = ranked.isEmpty() ? "" : text.get("summary.rate.units", Long.toString(meeting),
                        Integer.toString(ranked.size()));
            }
        }
        return text.get("summary.rate", text.label(figure.metricId()), text.percent(figure.value()), prior, target,
                units);
    }

    /** The progress target at the window's last month with a reported value, and its projection. */
    private Optional<String> progress(ReportText text) {
        List<MonthlyFigure> months = figures.monthly(plan.progress());
        if (months.isEmpty()) {
            return Optional.empty();
        }
        MonthlyFigure last = months.get(months.size() - 1);
        String count = last.numerator() == null || last.denominator() == null ? ""
                : text.get("summary.progress.count", text.formats().count(last.numerator()),
                text.formats().count(last.denominator()));
        String target = "";
        String outlook = "";
        if (last.targetValue() != null && last.targetOperator() != null) {
            String goal = text.target(last.targetOperator(), last.targetValue(), true);
            target = last.targetDeadline() == null ? text.get("summary.progress.targetNoDeadline", goal)
                    : text.get("summary.progress.target", goal, text.month(last.targetDeadline()));
            outlook = outlook(text, "summary.progress.", last);
        }
        return Optional.of(text.get("summary.progress", text.label(plan.progress()), text.month(last.month()),
                text.percent(last.value()), count, target, outlook));
    }

    /**
     * Met, on track, late (by how many months), or not foreseeable; the same words serve the
     * summary ({@code summary.progress.}) and the chart's subtitle.
     */
    static String outlook(ReportText text, String prefix, MonthlyFigure last) {
        String key;
        long late = 0;
        YearMonth projected = last.projectedMonth();
        if (Targets.meets(last.targetOperator(), last.value(), last.targetValue())) {
            key = "met";
        } else if (projected == null) {
            key = "stalled";
        } else if (last.targetDeadline() == null) {
            key = "noDeadline";
        } else {
            late = ChronoUnit.MONTHS.between(last.targetDeadline(), projected);
            key = late > 0 ? "late" : "onTrack";
        }
        // Every outlook message takes the same arguments: month, value, projected month, months late.
        return text.get(prefix + key, text.month(last.month()), text.percent(last.value()),
                projected == null ? "" : text.month(projected), Long.toString(late));
    }

    /** Completeness and timeliness over the window, and the province that reported least. */
    private Optional<String> reporting(ReportText text) {
        return figures.nationReporting().map(totals -> {
            String lowest = lowestProvince().map(p -> text.get("summary.reporting.lowest", p.name(),
                    text.percent(p.completeness()))).orElse("");
            return text.get("summary.reporting", text.percent(totals.completeness()),
                    text.formats().count(totals.reported()), text.formats().count(totals.expected()),
                    text.percent(totals.onTimeShare()), lowest);
        });
    }

    record ProvinceCompleteness(String name, double completeness) {
    }

    Optional<ProvinceCompleteness> lowestProvince() {
        Map<String, long[]> byCode = new TreeMap<>();
        Map<String, YearMonth> lastMonth = new TreeMap<>();
        for (ReportingFigure f : figures.provinceReporting()) {
            long[] sums = byCode.computeIfAbsent(f.unitCode(), c -> new long[2]);
            sums[0] += f.expected();
            sums[1] += f.reported();
            lastMonth.merge(f.unitCode(), f.month(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return byCode.entrySet().stream().filter(e -> e.getValue()[0] > 0)
                .map(e -> new ProvinceCompleteness(provinces.name(e.getKey(), lastMonth.get(e.getKey())),
                        (double) e.getValue()[1] / e.getValue()[0]))
                .min(Comparator.comparingDouble(ProvinceCompleteness::completeness)
                        .thenComparing(ProvinceCompleteness::name));
    }

    /** ", so với cùng kỳ tăng 5,2%", or nothing without a prior value. */
    private static String change(ReportText text, WindowFigure figure) {
        Double change = figure.change();
        if (change == null) {
            return "";
        }
        if (Formats.isZero(change)) {
            return text.get("summary.change.same");
        }
        return text.get(change > 0 ? "summary.change.up" : "summary.change.down", text.percent(Math.abs(change)));
    }

    private static Optional<String> join(List<String> sentences) {
        return sentences.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", sentences));
    }
}
