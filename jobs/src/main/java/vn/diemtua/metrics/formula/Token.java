package vn.diemtua.metrics.formula;

/**
 * A token of a formula.
 *
 * @param text     as written; for {@link TokenType#TEXT} the unquoted value
 * @param position 1-based character position in the formula
 */
record Token(TokenType type, String text, int position) {
}
