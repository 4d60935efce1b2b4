package vn.diemtua.metrics.catalog;

import vn.diemtua.metrics.formula.CompiledFormula;

import java.util.Optional;

/**
 * One row of the metric catalog.
 *
 * @param line   the catalog line the row starts on, for messages
 * @param target null when the metric has none
 */
public record Metric(int line, String id, String labelVi, String labelEn, CompiledFormula formula, MetricUnit unit,
                     Direction direction, Target target, String descriptionVi, String descriptionEn) {
    public Optional<Target> targetIfAny() {
        return Optional.ofNullable(target);
    }
}
