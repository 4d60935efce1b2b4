package vn.diemtua.metrics.formula;

import vn.diemtua.i18n.Messages;

import java.util.Arrays;

/**
 * A formula that cannot be read or makes no sense: where (1-based character position) and what,
 * in Vietnamese and English. The catalog adds the file, line and metric id.
 */
public final class FormulaException extends RuntimeException {
    static final Messages MESSAGES = new Messages("vn/diemtua/metrics/messages");

    private final int position;
    private final String code;
    private final Object[] args;

    FormulaException(int position, String code, Object... args) {
        super(code);
        this.position = position;
        this.code = code;
        this.args = args.clone();
    }

    /** 1-based character position in the formula. */
    public int position() {
        return position;
    }

    /** The stable reason code, e.g. {@code formula.expected}. */
    public String code() {
        return code;
    }

    public String messageVi() {
        return MESSAGES.vi(code, Arrays.stream(args).map(a -> a instanceof Phrase p ? MESSAGES.vi(p.key()) : a).toArray());
    }

    public String messageEn() {
        return MESSAGES.en(code, Arrays.stream(args).map(a -> a instanceof Phrase p ? MESSAGES.en(p.key()) : a).toArray());
    }

    @Override
    public String getMessage() {
        return "position " + position + ": " + messageEn() + " / " + messageVi();
    }

    /** An argument that is itself translated, e.g. "the end of the formula". */
    record Phrase(String key) {
    }
}
