package vn.diemtua.ingest.read;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code xl/workbook.xml} says: the sheets in order (name, hidden or not, the relation id of
 * their part) and whether dates count from 1904 (old Mac workbooks).
 */
record XlsxWorkbookInfo(List<Sheet> sheets, boolean date1904) {
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    record Sheet(String name, boolean hidden, String relationId) {
    }

    static XlsxWorkbookInfo parse(InputStream workbookXml) throws IOException, SAXException, ParserConfigurationException {
        List<Sheet> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        XMLReader reader = XMLHelper.newXMLReader();
        reader.setContentHandler(new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("sheet")) {
                    String state = attributes.getValue("state");
                    sheets.add(new Sheet(attributes.getValue("name"), "hidden".equals(state) || "veryHidden".equals(state),
                            attributes.getValue(RELATIONSHIPS, "id")));
                } else if (localName.equals("workbookPr")) {
                    String value = attributes.getValue("date1904");
                    date1904[0] = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
            }
        });
        try (workbookXml) {
            reader.parse(new InputSource(workbookXml));
        }
        return new XlsxWorkbookInfo(List.copyOf(sheets), date1904[0]);
    }
}
