package vn.diemtua.report;

import vn.diemtua.charts.Formats;
import vn.diemtua.i18n.Messages;

import java.time.YearMonth;
import java.util.Locale;

/**
 * The report's words in one language: messages of {@code vn/diemtua/report/messages}, metric
 * labels, and numbers and months written the reader's way.
 */
public final class ReportText {
    static final String BUNDLE = "vn/diemtua/report/messages";

    private final Messages messages;
    private final Locale locale;
    private final Formats formats;
    private final MetricLabels labels;

    public ReportText(Messages messages, Locale locale, MetricLabels labels) {
        this.messages = messages;
        this.locale = locale;
        this.formats = Formats.of(locale);
        this.labels = labels;
    }

    public static ReportText vi(MetricLabels labels) {
        return new ReportText(new Messages(BUNDLE), Messages.VI, labels);
    }

    public static ReportText en(MetricLabels labels) {
        return new ReportText(new Messages(BUNDLE), Messages.EN, labels);
    }

    public Formats formats() {
        return formats;
    }

    public String get(String key, Object... args) {
        return Messages.VI.equals(locale) ? messages.vi(key, args) : messages.en(key, args);
    }

    public boolean has(String key) {
        return messages.has(key);
    }

    public String label(String metricId) {
        return labels.of(metricId).label(locale);
    }

    /** The unit of a metric in words ("vụ", "người"), or empty when it has none worth saying. */
    public String unit(String metricId) {
        String key = "unit." + labels.of(metricId).unit().toLowerCase(Locale.ROOT);
        return has(key) ? get(key) : "";
    }

    public String month(YearMonth month) {
        return formats.month(month);
    }

    public String percent(double ratio) {
        return formats.percent(ratio);
    }

    /** A count as the ministry says it: "hơn 22 nghìn", "more than 22 thousand". */
    public String headline(double count) {
        HeadlineNumbers.Headline headline = HeadlineNumbers.of(count);
        return formats == Formats.VI ? headline.vi() : headline.en();
    }

    /** A ratio as a percentage, or a count with digit grouping. */
    public String value(boolean ratio, double value) {
        return ratio ? formats.percent(value) : formats.count(value);
    }

    /** A target in words, e.g. "trên 75%"; a share of 100% is said plainly ("100%"), not "at least 100%". */
    public String target(String operator, double target, boolean ratio) {
        String value = ratio ? wholePercent(target) : formats.decimal(target);
        boolean full = ratio && target >= 1.0 && Targets.meets(operator, 1.0, target);
        return get(full ? "target.eq" : Targets.messageKey(operator), value);
    }

    /** 75% rather than 75,0% when the percentage is whole. */
    public String wholePercent(double ratio) {
        double percent = ratio * 100;
        return Math.abs(percent - Math.rint(percent)) < 1e-9 ? formats.percentFormat(0).format(ratio)
                : formats.percent(ratio);
    }

    /** The source line every chart and page carries: window, geography, data version. */
    public String sourceLine(ReportWindow window, String geography, DataVersion version) {
        String data = version.asOf() == null
                ? get("source.versions", Long.toString(version.metricValues()), Long.toString(version.reportingRates()))
                : get("source.asof", version.asOf(), Long.toString(version.metricValues()),
                Long.toString(version.reportingRates()));
        return get("source.line", month(window.from()), month(window.to()), get("source.geography." + geography), data);
    }
}
