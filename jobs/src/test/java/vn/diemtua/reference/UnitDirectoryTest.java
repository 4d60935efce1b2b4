package vn.diemtua.reference;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitDirectoryTest {
    private final UnitDirectory directory = ReferenceData.bundled().directory();

    @Test
    void aReusedCodeNamesTheUnitOfTheRowsPeriod() {
        assertEquals("Phường Trúc Bạch", directory.resolve("00004", LocalDate.of(2025, 6, 1)).orElseThrow().fullName());
        assertEquals("Phường Ba Đình", directory.resolve("00004", LocalDate.of(2025, 7, 1)).orElseThrow().fullName());
    }

    @Test
    void aliasesApplyOnlyAfterTheReorganisationAndOnlyToCodesThatNameNoUnit() {
        assertEquals("23737", directory.officialCodeOfAlias("23938", LocalDate.of(2025, 8, 1)).orElseThrow());
        assertTrue(directory.officialCodeOfAlias("23938", LocalDate.of(2024, 8, 1)).isEmpty());
        assertTrue(directory.resolve("23938", LocalDate.of(2024, 8, 1)).isPresent());
    }

    @Test
    void unitCountsMatchTheReferenceLists() {
        assertEquals(10_035, directory.unitsValidIn(LocalDate.of(2024, 1, 1)).size());
        assertEquals(3_321, directory.unitsValidIn(LocalDate.of(2026, 1, 1)).size());
    }
}
