package vn.diemtua.metrics.formula;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a formula into tokens. Spreadsheet conventions: text in double quotes with {@code ""}
 * for a quote, {@code 75%} is the number 0.75, and arguments may be separated by {@code ,} or
 * {@code ;} (what a Vietnamese-locale spreadsheet writes).
 */
final class Tokenizer {
    private final String text;
    private int index;

    private Tokenizer(String text) {
        this.text = text;
    }

    static List<Token> tokenize(String formula) {
        return new Tokenizer(formula).run();
    }

    private List<Token> run() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (index < text.length() && Character.isWhitespace(text.charAt(index))) {
                index++;
            }
            if (index >= text.length()) {
                tokens.add(new Token(TokenType.END, "", text.length() + 1));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = index;
        char c = text.charAt(index);
        if (Character.isDigit(c) || (c == '.' && index + 1 < text.length() && Character.isDigit(text.charAt(index + 1)))) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_') {
            while (index < text.length() && (Character.isLetterOrDigit(text.charAt(index)) || text.charAt(index) == '_')) {
                index++;
            }
            return new Token(TokenType.IDENTIFIER, text.substring(start, index), start + 1);
        }
        if (c == '"') {
            return quoted(start);
        }
        index++;
        return switch (c) {
            case '(' -> token(TokenType.OPEN, start);
            case ')' -> token(TokenType.CLOSE, start);
            case ',', ';' -> token(TokenType.SEPARATOR, start);
            case '+' -> token(TokenType.PLUS, start);
            case '-' -> token(TokenType.MINUS, start);
            case '*' -> token(TokenType.TIMES, start);
            case '/' -> token(TokenType.DIVIDE, start);
            case '=' -> token(TokenType.EQUAL, start);
            case '<' -> {
                if (peek('=')) {
                    yield token(TokenType.LESS_EQUAL, start);
                }
                yield peek('>') ? token(TokenType.NOT_EQUAL, start) : token(TokenType.LESS, start);
            }
            case '>' -> peek('=') ? token(TokenType.GREATER_EQUAL, start) : token(TokenType.GREATER, start);
            default -> throw new FormulaException(start + 1, "formula.unexpectedCharacter", String.valueOf(c));
        };
    }

    private boolean peek(char expected) {
        if (index < text.length() && text.charAt(index) == expected) {
            index++;
            return true;
        }
        return false;
    }

    private Token token(TokenType type, int start) {
        return new Token(type, text.substring(start, index), start + 1);
    }

    private Token number(int start) {
        while (index < text.length() && Character.isDigit(text.charAt(index))) {
            index++;
        }
        if (index < text.length() && text.charAt(index) == '.') {
            index++;
            while (index < text.length() && Character.isDigit(text.charAt(index))) {
                index++;
            }
        }
        if (index < text.length() && text.charAt(index) == '%') {
            index++;
        }
        return token(TokenType.NUMBER, start);
    }

    private Token quoted(int start) {
        StringBuilder value = new StringBuilder();
        index++;
        while (index < text.length()) {
            char c = text.charAt(index++);
            if (c == '"') {
                if (index < text.length() && text.charAt(index) == '"') {
                    value.append('"');
                    index++;
                } else {
                    return new Token(TokenType.TEXT, value.toString(), start + 1);
                }
            } else {
                value.append(c);
            }
        }
        throw new FormulaException(start + 1, "formula.unterminatedText");
    }
}
