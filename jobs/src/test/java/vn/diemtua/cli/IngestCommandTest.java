package vn.diemtua.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.diemtua.ingest.read.ReadLimits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The read limits from the command line: defaults, overrides, refusals. */
class IngestCommandTest {
    private static IngestCommand parsed(String... args) {
        IngestCommand command = new IngestCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void defaultsUnlessOverridden() {
        assertEquals(ReadLimits.DEFAULTS, parsed("--input", "in").limits());
        assertEquals(new ReadLimits(2L * 1024 * 1024, 50, 20, 3), parsed("--input", "in", "--max-file-mb", "2",
                "--max-rows-per-file", "50", "--max-cell-chars", "20", "--max-sheets", "3").limits());
    }

    @Test
    void limitsOutOfRangeAreBadUsage() {
        assertThrows(UsageException.class, () -> parsed("--input", "in", "--max-file-mb", "2048").limits());
        assertThrows(UsageException.class, () -> parsed("--input", "in", "--max-rows-per-file", "0").limits());
    }
}
