package vn.diemtua.ingest.read;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellValuesTest {

    @ParameterizedTest
    @CsvSource({"97.0, 97", "1000.0, 1000", "1.5, 1.5", "1e20, 100000000000000000000", "0.30000000000000004, 0.3",
            "-0.0, 0", "0.0, 0", "12345678901.0, 12345678901", "-3.25, -3.25", "1e-7, 0.0000001"})
    void numbersInPlainDecimal(double value, String text) {
        assertEquals(text, CellValues.plain(value));
    }
}
