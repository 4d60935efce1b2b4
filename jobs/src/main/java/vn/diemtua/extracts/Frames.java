package vn.diemtua.extracts;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/** Small helpers the dataset shapers share. */
final class Frames {
    private Frames() {
    }

    /**
     * The columns of {@code schema}, in its order and types, from a table that may hold more
     * columns or wider types: the extract's layout stays fixed whatever else the table grows.
     */
    static Dataset<Row> conform(Dataset<Row> frame, StructType schema, String tableName) {
        List<String> present = Arrays.asList(frame.columns());
        Column[] columns = Arrays.stream(schema.fields())
                .map(field -> column(present, field, tableName))
                .toArray(Column[]::new);
        return frame.select(columns);
    }

    private static Column column(List<String> present, StructField field, String tableName) {
        if (!present.contains(field.name())) {
            throw new IllegalStateException("table " + tableName + " has no column " + field.name()
                    + "; it has " + present);
        }
        return col(field.name()).cast(nullable(field.dataType())).as(field.name());
    }

    /** Tables read back from Delta have nullable array elements; a cast may not narrow that. */
    private static DataType nullable(DataType type) {
        return type instanceof ArrayType array ? DataTypes.createArrayType(nullable(array.elementType()), true) : type;
    }
}
