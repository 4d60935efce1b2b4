package vn.diemtua.ingest.read;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.diemtua.testing.Measurements;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Heap for a 50,000-row .xlsx: POI's workbook model (how .xlsx was read before, and .xls still is)
 * against the streamed reader. Measured, written to target/reliability/xlsx-heap.md, not asserted
 * (heap peaks depend on the collector); the two must give the same rows.
 */
class XlsxHeapIT {
    private static final int ROWS = 50_000;
    private static final String[] HEADERS = {"Mã xã", "Tên xã", "Kỳ báo cáo", "Ngày gửi", "Số vụ phạm tội phát hiện",
            "Số vụ phạm tội điều tra làm rõ", "Số vụ vi phạm pháp luật phát hiện", "Số đối tượng bắt giữ, xử lý",
            "Số vụ ma túy", "Số vụ tai nạn giao thông", "Số cán bộ chính quy", "Tình trạng trụ sở"};

    private static byte[] bigWorkbook() throws Exception {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true);
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Tỉnh");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(HEADERS[c]);
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r % 10_000 + 1);
                row.createCell(1).setCellValue("Xã số " + (r % 10_000 + 1));
                row.createCell(2).setCellValue("10/2023");
                row.createCell(3).setCellValue("05/11/2023");
                for (int c = 4; c < 11; c++) {
                    row.createCell(c).setCellValue((r * 7L + c) % 23);
                }
                row.createCell(11).setCellValue("Đã đưa vào sử dụng");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Peak heap (MB) and rows read while {@code read} runs, after a collection. */
    private static long[] measure(ThrowingSupplier<Integer> read) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        int rows = read.get();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new long[]{(peak - before) >> 20, rows};
    }

    @FunctionalInterface
    private interface ThrowingSupplier<T> {
        T get() throws Exception;
    }

    @Test
    void fiftyThousandRows() throws Exception {
        byte[] xlsx = bigWorkbook();
        long[] model = measure(() -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                return new WorkbookSheetReader("big.xlsx", ReadLimits.DEFAULTS)
                        .read(workbook.getSheetAt(0), new RowBudget("big.xlsx", ReadLimits.DEFAULTS.maxRowsPerFile()))
                        .rows().size();
            }
        });
        long[] streamed = measure(() -> new SubmissionReader(ReadLimits.DEFAULTS)
                .read("big.xlsx", new ByteArrayInputStream(xlsx)).sheets().get(0).rows().size());
        assertEquals(ROWS + 1, model[1]);
        assertEquals(model[1], streamed[1]);
        String line = String.format("| .xlsx of %,d rows x %d columns (%,d KB) | POI workbook model: peak heap +%d MB | "
                + "streamed (SAX): peak heap +%d MB |", ROWS, HEADERS.length, xlsx.length / 1024, model[0], streamed[0]);
        new Measurements("xlsx-heap").add(line);
    }
}
