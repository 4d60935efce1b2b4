package vn.diemtua.ingest;

import scala.jdk.javaapi.CollectionConverters;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Java values in the external types Spark's Row encoder takes (Scala collections, java.sql dates). */
final class SparkValues {
    private SparkValues() {
    }

    static scala.collection.Seq<?> seq(List<?> values) {
        return values == null ? null : CollectionConverters.asScala(values).toSeq();
    }

    static scala.collection.Map<?, ?> map(Map<?, ?> values) {
        return CollectionConverters.asScala(values);
    }

    static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }
}
