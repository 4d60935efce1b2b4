package vn.diemtua.ingest;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What every row of one run shares, fixed on the driver so that a task retried on another
 * executor emits exactly the same rows.
 *
 * @param today the day in Vietnam when the run started: later months and dates are in the future
 */
public record BatchInfo(String batchId, Instant ingestedAt, LocalDate today) implements Serializable {
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public static BatchInfo startingNow() {
        Instant now = Instant.now();
        return new BatchInfo(UUID.randomUUID().toString(), now, LocalDate.ofInstant(now, VIETNAM));
    }
}
