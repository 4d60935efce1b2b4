package vn.diemtua.charts;

/** A value with the name it is shown under, e.g. a province's rate. */
public record LabeledValue(String label, double value) {
}
