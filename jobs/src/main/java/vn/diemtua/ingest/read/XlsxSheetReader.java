package vn.diemtua.ingest.read;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Reads one sheet of an .xlsx as a stream of XML events (SAX): a row's cells are turned into text
 * as they go by and only the rows themselves are kept, never a model of the whole sheet. Cells are
 * read as {@link CellValues} reads them through POI's model: the value the spreadsheet program
 * cached (formulas are never evaluated), numbers in plain decimal, date-formatted numbers as ISO
 * dates; a range merged down a column gives its value to each of its rows, as in
 * {@link WorkbookSheetReader}. The merged ranges are listed at the end of a sheet's XML, so the
 * sheet is parsed twice: once for them, once for the rows.
 */
final class XlsxSheetReader {
    private final String fileName;
    private final ReadLimits limits;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;

    XlsxSheetReader(String fileName, ReadLimits limits, SharedStrings strings, StylesTable styles, boolean date1904) {
        this.fileName = fileName;
        this.limits = limits;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** @param sheetXml opens the sheet's XML part; called twice */
    RawSheet read(String name, Supplier<InputStream> sheetXml, RowBudget budget)
            throws IOException, UnreadableFileException {
        Map<Integer, List<CellRangeAddress>> merged = new HashMap<>();
        parse(sheetXml.get(), new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("mergeCell")) {
                    CellRangeAddress range = CellRangeAddress.valueOf(attributes.getValue("ref"));
                    for (int r = range.getFirstRow(); r <= range.getLastRow(); r++) {
                        merged.computeIfAbsent(r, k -> new ArrayList<>()).add(range);
                    }
                }
            }
        });
        Rows rows = new Rows(name, merged, budget);
        parse(sheetXml.get(), rows);
        if (rows.failure != null) {
            throw rows.failure;
        }
        return new RawSheet(name, rows.collector.rows(), rows.cleaner.report());
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws IOException {
        try (xml) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(xml));
        } catch (StopParsing e) {
            // A limit was hit: the handler holds the reason.
        } catch (SAXException | ParserConfigurationException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Ends the parse early; the handler keeps the reason. */
    private static final class StopParsing extends SAXException {
        StopParsing() {
            super("limit reached");
        }
    }

    /** The row events of one sheet, into a {@link RowCollector}. */
    private final class Rows extends DefaultHandler {
        private final Map<Integer, List<CellRangeAddress>> merged;
        private final CellCleaner cleaner;
        private final RowCollector collector;
        /** The cached value of each merged range's first cell, by range, once its row has gone by. */
        private final Map<CellRangeAddress, RawCell> mergedValues = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private UnreadableFileException failure;
        private int expectedRow = 1;
        private int rowNumber;
        private TreeMap<Integer, RawCell> cells;
        private int column;
        private String type;
        private int style;
        private boolean formula;
        private String value;
        private boolean inValue;
        private boolean inInlineText;
        private boolean inPhonetic;

        Rows(String sheet, Map<Integer, List<CellRangeAddress>> merged, RowBudget budget) {
            this.merged = merged;
            this.cleaner = new CellCleaner(fileName, sheet, limits.maxCellChars());
            this.collector = new RowCollector(sheet, budget);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? expectedRow : Integer.parseInt(r);
                    cells = new TreeMap<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    formula = false;
                    value = null;
                    text.setLength(0);
                }
                case "f" -> formula = true;
                case "v" -> {
                    inValue = true;
                    text.setLength(0);
                }
                case "rPh" -> inPhonetic = true;
                case "t" -> inInlineText = !inPhonetic;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v" -> {
                    inValue = false;
                    value = text.toString();
                }
                case "t" -> inInlineText = false;
                case "rPh" -> inPhonetic = false;
                case "is" -> value = text.toString();
                case "c" -> cells.put(column, cell());
                case "row" -> endRow();
                default -> {
                }
            }
        }

        /** The cell just read, as {@link CellValues#of} gives a POI cell. */
        private RawCell cell() {
            String kind = type == null ? "n" : type;
            if (value == null) {
                // A formula without a cached result reads as 0 through POI's model; a styled empty cell is blank.
                return formula && kind.equals("n") ? new RawCell("0", CellKind.NUMBER) : RawCell.text("");
            }
            return switch (kind) {
                case "s" -> RawCell.text(strings.getItemAt(Integer.parseInt(value.trim())).getString());
                case "inlineStr", "str" -> RawCell.text(value);
                case "b" -> new RawCell("1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()) ? "TRUE" : "FALSE",
                        CellKind.BOOLEAN);
                case "e" -> new RawCell(errorText(value), CellKind.ERROR);
                case "n" -> numeric(Double.parseDouble(value));
                default -> RawCell.text(value);
            };
        }

        private RawCell numeric(double number) {
            XSSFCellStyle cellStyle = styles == null || style >= styles.getNumCellStyles() ? null : styles.getStyleAt(style);
            if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                    && DateUtil.isValidExcelDate(number)) {
                return new RawCell(DateUtil.getLocalDateTime(number, date1904).toLocalDate()
                        .format(DateTimeFormatter.ISO_LOCAL_DATE), CellKind.DATE);
            }
            return new RawCell(CellValues.plain(number), CellKind.NUMBER);
        }

        private void endRow() throws SAXException {
            try {
                // Rows a workbook does not store are empty rows on screen: blank, as in a CSV.
                for (; expectedRow < rowNumber; expectedRow++) {
                    collector.add(expectedRow, List.of());
                }
                expectedRow = rowNumber + 1;
                int rowIndex = rowNumber - 1;
                List<CellRangeAddress> ranges = merged.getOrDefault(rowIndex, List.of());
                int width = Math.max(cells.isEmpty() ? 0 : cells.lastKey() + 1,
                        ranges.stream().mapToInt(r -> r.getFirstColumn() + 1).max().orElse(0));
                List<RawCell> row = new ArrayList<>(width);
                for (int col = 0; col < width; col++) {
                    RawCell cell = mergedSource(rowIndex, col, ranges);
                    row.add(new RawCell(cleaner.clean(cell.text(), rowNumber, col), cell.kind()));
                }
                collector.add(rowNumber, row);
            } catch (UnreadableFileException e) {
                failure = e;
                throw new StopParsing();
            }
        }

        /**
         * The cell that shows at (row, col): a merged range's first cell for the first column of each
         * of its rows below the first; otherwise the row's own cell.
         */
        private RawCell mergedSource(int rowIndex, int col, List<CellRangeAddress> ranges) {
            for (CellRangeAddress range : ranges) {
                if (range.getFirstColumn() == col) {
                    if (range.getFirstRow() == rowIndex) {
                        mergedValues.put(range, cells.getOrDefault(col, RawCell.text("")));
                    } else {
                        return mergedValues.getOrDefault(range, RawCell.text(""));
                    }
                }
            }
            return cells.getOrDefault(col, RawCell.text(""));
        }
    }

    private static String errorText(String value) {
        try {
            return FormulaError.forString(value.trim()).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR!";
        }
    }
}
