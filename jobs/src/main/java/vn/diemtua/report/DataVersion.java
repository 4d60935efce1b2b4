package vn.diemtua.report;

/**
 * The versions of the tables a report was drawn from, so that a past pack can be rebuilt exactly
 * ({@code --as-of}) and every chart says which data it shows.
 *
 * @param metricValues   Delta version of {@code metric_values} read
 * @param reportingRates Delta version of {@code reporting_rates} read
 * @param asOf           the {@code --as-of} the user gave, or null for the latest versions
 */
public record DataVersion(long metricValues, long reportingRates, String asOf) {
}
