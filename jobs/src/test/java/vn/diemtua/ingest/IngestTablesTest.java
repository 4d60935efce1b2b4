package vn.diemtua.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IngestTablesTest {
    private static IngestTables.Commit commit(long version, String metadata) {
        return new IngestTables.Commit(version, metadata);
    }

    @Test
    void theCommitsOfADeadRunAreUndoneFromTheFirst() {
        assertEquals(OptionalLong.of(6), IngestTables.restoreTarget(List.of(
                commit(8, "diemtua ingest b2"), commit(7, "diemtua ingest b2"), commit(6, null))));
    }

    @Test
    void otherProgramsCommitsAloneAreKept() {
        assertEquals(OptionalLong.empty(), IngestTables.restoreTarget(List.of(commit(9, null), commit(8, "maintain"))));
        assertEquals(OptionalLong.empty(), IngestTables.restoreTarget(List.of()));
    }

    @Test
    void nothingBelowARecoveryIsLookedAtAgain() {
        assertEquals(OptionalLong.empty(), IngestTables.restoreTarget(List.of(
                commit(9, "diemtua recovery"), commit(8, "diemtua ingest b2"))));
        assertEquals(OptionalLong.of(9), IngestTables.restoreTarget(List.of(
                commit(10, "diemtua ingest b3"), commit(9, "diemtua recovery"), commit(8, "diemtua ingest b2"))));
    }
}
