package vn.diemtua.metrics.formula;

import vn.diemtua.model.SubmissionKey;

/** What an expression gives, checked before anything runs. */
enum ValueType {
    NUMBER, TEXT, BOOLEAN, DATE;

    static ValueType of(SubmissionKey key) {
        return switch (key.kind()) {
            case CODE, TEXT, STOCK_STATUS -> TEXT;
            case MONTH, DATE -> DATE;
            case FLOW, STOCK_COUNT -> NUMBER;
            case STOCK_FLAG -> BOOLEAN;
        };
    }

    FormulaException.Phrase phrase() {
        return new FormulaException.Phrase("type." + name().toLowerCase(java.util.Locale.ROOT));
    }
}
