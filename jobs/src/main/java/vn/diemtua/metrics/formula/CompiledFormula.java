package vn.diemtua.metrics.formula;

import org.apache.spark.sql.Column;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_divide;

/**
 * A checked formula: its leaves (the aggregates it needs) and the arithmetic over them. The same
 * arithmetic is evaluated over any recombination of leaves (a month, the year to date, a rolling
 * window, a conference window), so ratios are always recomputed from totals, never averaged.
 */
public final class CompiledFormula {
    private final String text;
    private final Node tree;
    private final List<Leaf> leaves;

    private CompiledFormula(String text, Node tree, List<Leaf> leaves) {
        this.text = text;
        this.tree = tree;
        this.leaves = List.copyOf(leaves);
    }

    /** Parses and checks a formula; throws {@link FormulaException} with the position of the first error. */
    public static CompiledFormula compile(String text) {
        Node tree = Parser.parse(text);
        Set<Leaf> found = new LinkedHashSet<>();
        Typed result = new OuterWalker(leaf -> {
            found.add(leaf);
            return lit(0.0);
        }).walk(tree);
        if (result.type() != ValueType.NUMBER) {
            throw new FormulaException(tree.position(), "formula.notNumber", result.type().phrase());
        }
        return new CompiledFormula(text, tree, new ArrayList<>(found));
    }

    public String text() {
        return text;
    }

    /** The distinct leaves, in the order they appear. */
    public List<Leaf> leaves() {
        return leaves;
    }

    /** The metric's value, given a DOUBLE column for each leaf. */
    public Column evaluate(Function<Leaf, Column> leafColumn) {
        return new OuterWalker(leafColumn).walk(tree).column();
    }

    /** Whether the formula is a ratio {@code a / b}: then it has a numerator and a denominator. */
    public boolean isRatio() {
        return tree instanceof Node.Binary b && b.operator() == Operator.DIVIDE;
    }

    /** The numerator of a ratio, or a null literal. */
    public Column numerator(Function<Leaf, Column> leafColumn) {
        return isRatio() ? new OuterWalker(leafColumn).walk(((Node.Binary) tree).left()).column() : lit(null).cast("double");
    }

    /** The denominator of a ratio, or a null literal. */
    public Column denominator(Function<Leaf, Column> leafColumn) {
        return isRatio() ? new OuterWalker(leafColumn).walk(((Node.Binary) tree).right()).column() : lit(null).cast("double");
    }

    /** The outer context: names must be inside aggregates; aggregates become leaf columns. */
    private static final class OuterWalker extends ExpressionWalker {
        private final Function<Leaf, Column> leafColumn;

        OuterWalker(Function<Leaf, Column> leafColumn) {
            this.leafColumn = leafColumn;
        }

        @Override
        Typed key(Node.KeyRef key) {
            RowCompiler.compile(key);
            throw new FormulaException(key.position(), "formula.keyOutsideAggregate", key.key());
        }

        @Override
        Typed rowFunction(Node.Call call, FormulaFunction function) {
            throw new FormulaException(call.position(), "formula.rowFunctionOutside", call.function());
        }

        @Override
        Typed aggregate(Node.Call call, FormulaFunction function) {
            if (function == FormulaFunction.EXPECTED) {
                return leaf(new Leaf(Aggregation.EXPECTED, LeafKind.FLOW, null));
            }
            Node arg = call.args().get(0);
            Typed row = RowCompiler.compile(arg);
            LeafKind kind = RowCompiler.kindOf(call, arg);
            return switch (function) {
                case COUNT -> leaf(new Leaf(Aggregation.COUNT, kind, arg));
                case COUNTIF -> {
                    require(row, ValueType.BOOLEAN, arg.position(), function.name());
                    yield leaf(new Leaf(Aggregation.COUNTIF, kind, arg));
                }
                default -> {
                    require(row, ValueType.NUMBER, arg.position(), function.name());
                    yield switch (function) {
                        case SUM -> leaf(new Leaf(Aggregation.SUM, kind, arg));
                        case LAST -> leaf(new Leaf(Aggregation.SUM, LeafKind.STOCK, arg));
                        case MIN -> leaf(new Leaf(Aggregation.MIN, kind, arg));
                        case MAX -> leaf(new Leaf(Aggregation.MAX, kind, arg));
                        case AVG -> new Typed(try_divide(
                                leaf(new Leaf(Aggregation.SUM, kind, arg)).column(),
                                leaf(new Leaf(Aggregation.COUNT, kind, arg)).column()), ValueType.NUMBER);
                        default -> throw new IllegalStateException("not an aggregate: " + function);
                    };
                }
            };
        }

        private Typed leaf(Leaf leaf) {
            return new Typed(leafColumn.apply(leaf), ValueType.NUMBER);
        }
    }
}
