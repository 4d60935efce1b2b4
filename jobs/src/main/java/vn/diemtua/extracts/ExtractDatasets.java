package vn.diemtua.extracts;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.diemtua.model.CommuneMonthSchema;
import vn.diemtua.model.MetricValuesSchema;
import vn.diemtua.model.SubmissionKey;
import vn.diemtua.model.TableName;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Shapes every dataset of an extract from the pinned tables. */
public final class ExtractDatasets {
    /** The tables an extract reads; {@code metric_values} anchors {@code --as-of VERSION}. */
    public static final List<TableName> TABLES = List.of(TableName.COMMUNE_MONTH, TableName.METRIC_VALUES,
            TableName.REPORTING_RATES, TableName.UNITS, TableName.PROVINCE_CROSSWALK);
    public static final TableName ANCHOR = TableName.METRIC_VALUES;

    private static final String MONTH = SubmissionKey.KY_BAO_CAO.key();

    private ExtractDatasets() {
    }

    public static List<ExtractDataset> build(PinnedTables tables, ExtractRequest request, WindowValuesSource windowValues) {
        Dataset<Row> communeRows = CommuneMonthExtract.of(
                tables.read(TableName.COMMUNE_MONTH), tables.read(TableName.PROVINCE_CROSSWALK), request);
        List<ExtractDataset> datasets = new ArrayList<>();
        datasets.add(new ExtractDataset(DatasetName.COMMUNE_MONTH, communeRows,
                List.of(MONTH, SubmissionKey.MA_XA.key()), Optional.of(CommuneMonthSchema.PROVINCE_CODE)));
        datasets.add(new ExtractDataset(DatasetName.PROVINCE_MONTH,
                UnitMonthTotals.byProvince(communeRows, request.geography(), tables.read(TableName.UNITS)),
                List.of(MetricValuesSchema.UNIT_CODE, MONTH), Optional.empty()));
        datasets.add(new ExtractDataset(DatasetName.NATION_MONTH, UnitMonthTotals.forNation(communeRows),
                List.of(MONTH), Optional.empty()));
        datasets.add(new ExtractDataset(DatasetName.METRIC_VALUES,
                WindowSlices.metricValues(tables.read(TableName.METRIC_VALUES), request),
                List.of(MetricValuesSchema.METRIC_ID, MetricValuesSchema.LEVEL, MetricValuesSchema.UNIT_CODE, MONTH),
                Optional.empty()));
        datasets.add(new ExtractDataset(DatasetName.REPORTING_RATES,
                WindowSlices.reportingRates(tables.read(TableName.REPORTING_RATES), request),
                List.of(MetricValuesSchema.LEVEL, MetricValuesSchema.UNIT_CODE, MONTH), Optional.empty()));
        windowValues.windowValues(tables, request).ifPresent(frame -> datasets.add(new ExtractDataset(
                DatasetName.WINDOW_VALUES, WindowSlices.windowValues(frame, request),
                List.of(MetricValuesSchema.METRIC_ID, MetricValuesSchema.LEVEL, MetricValuesSchema.UNIT_CODE),
                Optional.empty())));
        return datasets;
    }
}
