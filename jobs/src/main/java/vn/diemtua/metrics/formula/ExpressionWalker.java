package vn.diemtua.metrics.formula;

import org.apache.spark.sql.Column;
import vn.diemtua.model.HeadquartersStatus;
import vn.diemtua.model.SubmissionKey;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.try_divide;
import static org.apache.spark.sql.functions.when;

/**
 * Type-checks a formula tree and compiles it into a Spark {@link Column}, the same way in both
 * contexts: inside an aggregate (rows of commune_month) and outside (over aggregates). What
 * differs between the two is left to the subclass: keys, aggregates and row functions.
 */
abstract class ExpressionWalker {

    Typed walk(Node node) {
        if (node instanceof Node.NumberLiteral n) {
            boolean whole = n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15;
            return whole ? new Typed(lit((long) n.value()), ValueType.NUMBER, true) : new Typed(lit(n.value()), ValueType.NUMBER);
        } else if (node instanceof Node.TextLiteral t) {
            return new Typed(lit(t.value()), ValueType.TEXT);
        } else if (node instanceof Node.BooleanLiteral b) {
            return new Typed(lit(b.value()), ValueType.BOOLEAN);
        } else if (node instanceof Node.KeyRef k) {
            return key(k);
        } else if (node instanceof Node.Negate n) {
            Typed operand = require(walk(n.operand()), ValueType.NUMBER, n.operand().position(), "-");
            return new Typed(operand.column().unary_$minus(), ValueType.NUMBER, operand.whole());
        } else if (node instanceof Node.Binary b) {
            return binary(b);
        }
        return call((Node.Call) node);
    }

    /** A key reference. */
    abstract Typed key(Node.KeyRef key);

    /** An aggregate call such as {@code SUM(x)}; arity already checked. */
    abstract Typed aggregate(Node.Call call, FormulaFunction function);

    /** A function that reads the row, such as {@code ON_TIME()}; arity already checked. */
    abstract Typed rowFunction(Node.Call call, FormulaFunction function);

    private Typed call(Node.Call call) {
        FormulaFunction function = FormulaFunction.named(call.function()).orElseThrow(() ->
                new FormulaException(call.position(), "formula.unknownFunction", call.function(), FormulaFunction.names()));
        function.checkArity(call);
        return switch (function.role) {
            case AGGREGATE -> aggregate(call, function);
            case ROW -> rowFunction(call, function);
            case SCALAR -> scalar(call, function);
        };
    }

    private Typed scalar(Node.Call call, FormulaFunction function) {
        List<Node> args = call.args();
        return switch (function) {
            case IF -> {
                Column condition = require(walk(args.get(0)), ValueType.BOOLEAN, args.get(0).position(), "IF").column();
                Typed then = walk(args.get(1));
                Typed otherwise = require(walk(args.get(2)), then.type(), args.get(2).position(), "IF");
                yield new Typed(when(condition, then.column()).otherwise(otherwise.column()), then.type(),
                        then.whole() && otherwise.whole());
            }
            case AND, OR -> {
                Column result = null;
                for (Node arg : args) {
                    Column c = require(walk(arg), ValueType.BOOLEAN, arg.position(), function.name()).column();
                    result = result == null ? c : (function == FormulaFunction.AND ? result.and(c) : result.or(c));
                }
                yield new Typed(result, ValueType.BOOLEAN);
            }
            case NOT -> new Typed(not(require(walk(args.get(0)), ValueType.BOOLEAN, args.get(0).position(), "NOT").column()),
                    ValueType.BOOLEAN);
            default -> throw new IllegalStateException("not a scalar function: " + function);
        };
    }

    private Typed binary(Node.Binary b) {
        Typed left = walk(b.left());
        Typed right = walk(b.right());
        Operator op = b.operator();
        if (!op.isComparison()) {
            Column l = require(left, ValueType.NUMBER, b.left().position(), op.symbol()).column();
            Column r = require(right, ValueType.NUMBER, b.right().position(), op.symbol()).column();
            boolean whole = op != Operator.DIVIDE && left.whole() && right.whole();
            Column result = switch (op) {
                case ADD -> l.plus(r);
                case SUBTRACT -> l.minus(r);
                case MULTIPLY -> l.multiply(r);
                // A spreadsheet shows #DIV/0!; a table holds null.
                default -> try_divide(l, r);
            };
            return new Typed(result, ValueType.NUMBER, whole);
        }
        require(right, left.type(), b.right().position(), op.symbol());
        if (left.type() == ValueType.BOOLEAN && op != Operator.EQUAL && op != Operator.NOT_EQUAL) {
            throw new FormulaException(b.position(), "formula.typeMismatch", op.symbol(),
                    ValueType.NUMBER.phrase(), ValueType.BOOLEAN.phrase());
        }
        checkStatusLiteral(b.left(), b.right());
        checkStatusLiteral(b.right(), b.left());
        Column l = left.column();
        Column r = right.column();
        Column result = switch (op) {
            case EQUAL -> l.equalTo(r);
            case NOT_EQUAL -> l.notEqual(r);
            case LESS -> l.lt(r);
            case LESS_EQUAL -> l.leq(r);
            case GREATER -> l.gt(r);
            default -> l.geq(r);
        };
        return new Typed(result, ValueType.BOOLEAN);
    }

    /** {@code tru_so = "da_su_dng"} would silently count nothing: a misspelt status is an error. */
    private static void checkStatusLiteral(Node keySide, Node literalSide) {
        if (keySide instanceof Node.KeyRef k && k.key().equals(SubmissionKey.TRU_SO.key())
                && literalSide instanceof Node.TextLiteral t
                && Arrays.stream(HeadquartersStatus.values()).noneMatch(s -> s.code().equals(t.value()))) {
            throw new FormulaException(t.position(), "formula.unknownStatus", t.value(),
                    Arrays.stream(HeadquartersStatus.values()).map(s -> '"' + s.code() + '"').collect(Collectors.joining(", ")));
        }
    }

    static Typed require(Typed typed, ValueType expected, int position, String where) {
        if (typed.type() != expected) {
            throw new FormulaException(position, "formula.typeMismatch", where, expected.phrase(), typed.type().phrase());
        }
        return typed;
    }
}
