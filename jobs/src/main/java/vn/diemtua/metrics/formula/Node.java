package vn.diemtua.metrics.formula;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The syntax tree of a formula. Every node knows where it starts (1-based) for error messages. */
public sealed interface Node {
    int position();

    /** The node written in a normalised form: equal text means equal meaning. */
    String canonical();

    record NumberLiteral(double value, int position) implements Node {
        @Override
        public String canonical() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    record TextLiteral(String value, int position) implements Node {
        @Override
        public String canonical() {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
    }

    record BooleanLiteral(boolean value, int position) implements Node {
        @Override
        public String canonical() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A submission key, lower-cased as written. */
    record KeyRef(String key, int position) implements Node {
        @Override
        public String canonical() {
            return key;
        }
    }

    /** A function call; the name upper-cased. */
    record Call(String function, List<Node> args, int position) implements Node {
        public Call {
            function = function.toUpperCase(Locale.ROOT);
            args = List.copyOf(args);
        }

        @Override
        public String canonical() {
            return function + args.stream().map(Node::canonical).collect(Collectors.joining(", ", "(", ")"));
        }
    }

    /** An infix operation; {@code position} is where the operator stands. */
    record Binary(Operator operator, Node left, Node right, int position) implements Node {
        @Override
        public String canonical() {
            return "(" + left.canonical() + " " + operator.symbol() + " " + right.canonical() + ")";
        }
    }

    record Negate(Node operand, int position) implements Node {
        @Override
        public String canonical() {
            return "-" + operand.canonical();
        }
    }
}
