package vn.diemtua.ingest;

import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.diemtua.ingest.VersionRows.version;
import static vn.diemtua.ingest.VersionRows.versions;

class RevisionsTest {
    @Test
    void theLatestSendingDateWinsThenTheLatestIngestAndNoDateIsOldest() {
        List<Row> current = Revisions.current(versions(
                version("00001", "2023-10", "a").sentOn("2023-11-05").ingestedAt("2024-01-03 00:00:00"),
                version("00001", "2023-10", "b").sentOn("2023-11-10").ingestedAt("2024-01-01 00:00:00"),
                version("00001", "2023-10", "c").sentOn(null).ingestedAt("2024-01-05 00:00:00"),
                version("00004", "2023-10", "x").sentOn("2023-11-05").ingestedAt("2024-01-01 00:00:00"),
                version("00004", "2023-10", "y").sentOn("2023-11-05").ingestedAt("2024-01-02 00:00:00"),
                version("00004", "2023-10", "x").sentOn("2023-11-01").ingestedAt("2024-01-03 00:00:00"),
                version("00004", "2023-11", "x").sentOn(null)))
                .orderBy("ma_xa", "ky_bao_cao").collectAsList();
        assertEquals(List.of("00001 b 3", "00004 y 2", "00004 x 1"), current.stream()
                .map(r -> r.getAs("ma_xa") + " " + r.getAs("values_hash") + " " + r.getAs("revision")).toList());
    }

    @Test
    void sameDateAndIngestGoesToTheLastRowOfTheLastFile() {
        Row current = Revisions.current(versions(
                version("00001", "2023-10", "a").from("b.csv", 9),
                version("00001", "2023-10", "b").from("a.csv", 3),
                version("00001", "2023-10", "c").from("b.csv", 4))).first();
        assertEquals("a", current.getAs("values_hash"));
    }

    @Test
    void aBatchKeepsOneRowPerDistinctVersionTheFirstByFileAndRow() {
        List<Row> distinct = Revisions.distinctVersions(versions(
                version("00001", "2023-10", "a").sentOn("2023-11-05").from("b.csv", 2),
                version("00001", "2023-10", "a").sentOn("2023-11-05").from("a.csv", 7),
                version("00001", "2023-10", "a").sentOn(null).from("c.csv", 2),
                version("00001", "2023-10", "a").sentOn(null).from("d.csv", 2))).orderBy("source_file").collectAsList();
        assertEquals(List.of("a.csv", "c.csv"), distinct.stream().map(r -> r.<String>getAs("source_file")).toList());
    }

    @Test
    void newRevisionsAreValuesTheUnitMonthNeverHadCountedOnce() {
        String counts = Revisions.revisionCounts(
                        versions(version("00001", "2023-10", "old").from("a.csv", 2),
                                version("00001", "2023-10", "new").from("a.csv", 3),
                                version("00001", "2023-10", "new").from("b.csv", 2),
                                version("00004", "2023-10", "old").from("b.csv", 3)),
                        versions(version("00001", "2023-10", "old"), version("00004", "2023-11", "old")))
                .orderBy("source_file").collectAsList().stream()
                .map(r -> r.getString(0) + "=" + r.getLong(1) + "/" + r.getLong(2)).collect(Collectors.joining(" "));
        assertEquals("a.csv=1/1 b.csv=1/1", counts);
    }
}
