package vn.diemtua.metrics.formula;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Recursive-descent parser of the spreadsheet-style formula language:
 * <pre>
 * formula    = comparison END
 * comparison = additive [ ("=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") additive ]
 * additive   = term { ("+" | "-") term }
 * term       = unary { ("*" | "/") unary }
 * unary      = "-" unary | "+" unary | primary
 * primary    = NUMBER | TEXT | TRUE | FALSE | NAME "(" [ comparison { SEP comparison } ] ")" | NAME
 *            | "(" comparison ")"
 * </pre>
 * It only builds the tree; names and types are checked by {@link FormulaCompiler}.
 */
public final class Parser {
    private final List<Token> tokens;
    private int index;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a formula into its tree, or throws {@link FormulaException} with the position. */
    public static Node parse(String formula) {
        Parser parser = new Parser(Tokenizer.tokenize(formula));
        if (parser.peek().type() == TokenType.END) {
            throw new FormulaException(1, "formula.empty");
        }
        Node node = parser.comparison();
        parser.expect(TokenType.END, "expected.end");
        return node;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        return tokens.get(index++);
    }

    private Token expect(TokenType type, String what) {
        Token token = peek();
        if (token.type() != type) {
            throw expected(what, token);
        }
        return advance();
    }

    private static FormulaException expected(String what, Token found) {
        Object foundText = found.type() == TokenType.END
                ? new FormulaException.Phrase("found.end")
                : (found.type() == TokenType.TEXT ? '"' + found.text() + '"' : found.text());
        return new FormulaException(found.position(), "formula.expected", new FormulaException.Phrase(what), foundText);
    }

    private Node comparison() {
        Node left = additive();
        Operator op = switch (peek().type()) {
            case EQUAL -> Operator.EQUAL;
            case NOT_EQUAL -> Operator.NOT_EQUAL;
            case LESS -> Operator.LESS;
            case LESS_EQUAL -> Operator.LESS_EQUAL;
            case GREATER -> Operator.GREATER;
            case GREATER_EQUAL -> Operator.GREATER_EQUAL;
            default -> null;
        };
        if (op == null) {
            return left;
        }
        Token token = advance();
        return new Node.Binary(op, left, additive(), token.position());
    }

    private Node additive() {
        Node left = term();
        while (peek().type() == TokenType.PLUS || peek().type() == TokenType.MINUS) {
            Token token = advance();
            Operator op = token.type() == TokenType.PLUS ? Operator.ADD : Operator.SUBTRACT;
            left = new Node.Binary(op, left, term(), token.position());
        }
        return left;
    }

    private Node term() {
        Node left = unary();
        while (peek().type() == TokenType.TIMES || peek().type() == TokenType.DIVIDE) {
            Token token = advance();
            Operator op = token.type() == TokenType.TIMES ? Operator.MULTIPLY : Operator.DIVIDE;
            left = new Node.Binary(op, left, unary(), token.position());
        }
        return left;
    }

    private Node unary() {
        if (peek().type() == TokenType.MINUS) {
            Token token = advance();
            return new Node.Negate(unary(), token.position());
        }
        if (peek().type() == TokenType.PLUS) {
            advance();
            return unary();
        }
        return primary();
    }

    private Node primary() {
        Token token = peek();
        switch (token.type()) {
            case NUMBER -> {
                advance();
                return new Node.NumberLiteral(number(token.text()), token.position());
            }
            case TEXT -> {
                advance();
                return new Node.TextLiteral(token.text(), token.position());
            }
            case OPEN -> {
                advance();
                Node inner = comparison();
                expect(TokenType.CLOSE, "expected.close");
                return inner;
            }
            case IDENTIFIER -> {
                advance();
                if (peek().type() == TokenType.OPEN) {
                    advance();
                    return new Node.Call(token.text(), arguments(), token.position());
                }
                String name = token.text().toLowerCase(Locale.ROOT);
                if (name.equals("true") || name.equals("false")) {
                    return new Node.BooleanLiteral(name.equals("true"), token.position());
                }
                return new Node.KeyRef(name, token.position());
            }
            default -> throw expected("expected.operand", token);
        }
    }

    private List<Node> arguments() {
        List<Node> args = new ArrayList<>();
        if (peek().type() == TokenType.CLOSE) {
            advance();
            return args;
        }
        args.add(comparison());
        while (peek().type() == TokenType.SEPARATOR) {
            advance();
            args.add(comparison());
        }
        expect(TokenType.CLOSE, "expected.closeOrSeparator");
        return args;
    }

    private static double number(String text) {
        boolean percent = text.endsWith("%");
        double value = Double.parseDouble(percent ? text.substring(0, text.length() - 1) : text);
        return percent ? value / 100.0 : value;
    }
}
