package vn.diemtua.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Files built to hurt a reader: zip bombs and entity expansions dressed as workbooks. */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** An entry of a zip file. */
    public record Entry(String name, byte[] content) {
    }

    /** A small .xlsx-looking zip whose sheet expands to 20 MB of spaces (over 100 times its size). */
    public static byte[] zipBomb() {
        byte[] huge = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        return zip(List.of(new Entry("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)),
                new Entry("xl/worksheets/sheet1.xml", huge)));
    }

    /** {@code workbook} with its first sheet replaced by a billion laughs (entities expanding to gigabytes). */
    public static byte[] entityExpansion(byte[] workbook) {
        String laughs = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [
                 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
                 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
                 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
                 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
                 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
                 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
                ]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&f;</t></is></c></row></sheetData></worksheet>
                """;
        return replaceEntry(workbook, "xl/worksheets/sheet1.xml", laughs.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code workbook} with its shared strings replaced by an external entity (XXE) that would pull
     * {@code secret} (a file URI) into a cell.
     */
    public static byte[] externalEntity(byte[] workbook, String secret) {
        String xxe = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sst [<!ENTITY secret SYSTEM "%s">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
                <si><t>&secret;</t></si></sst>
                """.formatted(secret);
        return replaceEntry(workbook, "xl/sharedStrings.xml", xxe.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] zip(List<Entry> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Entry entry : entries) {
                zip.putNextEntry(new ZipEntry(entry.name()));
                zip.write(entry.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    public static byte[] replaceEntry(byte[] zipBytes, String name, byte[] content) {
        List<Entry> entries = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(new Entry(e.getName(), e.getName().equals(name) ? content : in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return zip(entries);
    }
}
