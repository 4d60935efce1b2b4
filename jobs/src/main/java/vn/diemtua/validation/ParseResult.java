package vn.diemtua.validation;

import java.util.function.Function;

/**
 * A cell parsed: a value (null = not reported) or the rule it broke.
 *
 * @param error  null when the cell parsed
 * @param detail what the message adds about the failure (e.g. the province), or null
 */
public record ParseResult<T>(T value, ReasonCode error, String detail) {
    public static <T> ParseResult<T> ok(T value) {
        return new ParseResult<>(value, null, null);
    }

    public static <T> ParseResult<T> fail(ReasonCode error) {
        return new ParseResult<>(null, error, null);
    }

    public static <T> ParseResult<T> fail(ReasonCode error, String detail) {
        return new ParseResult<>(null, error, detail);
    }

    public boolean failed() {
        return error != null;
    }

    public <U> ParseResult<U> map(Function<T, U> mapper) {
        return failed() ? new ParseResult<>(null, error, detail) : ok(value == null ? null : mapper.apply(value));
    }
}
