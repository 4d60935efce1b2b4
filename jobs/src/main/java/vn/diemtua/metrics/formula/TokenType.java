package vn.diemtua.metrics.formula;

/** The kinds of token a formula is made of. */
enum TokenType {
    NUMBER, TEXT, IDENTIFIER, OPEN, CLOSE, SEPARATOR, PLUS, MINUS, TIMES, DIVIDE,
    EQUAL, NOT_EQUAL, LESS, LESS_EQUAL, GREATER, GREATER_EQUAL, END
}
