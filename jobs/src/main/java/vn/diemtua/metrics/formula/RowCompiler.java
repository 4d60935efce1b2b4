package vn.diemtua.metrics.formula;

import vn.diemtua.model.KeyKind;
import vn.diemtua.model.SubmissionKey;

import java.util.Arrays;
import java.util.Comparator;

import static org.apache.spark.sql.functions.col;

/**
 * Compiles the argument of an aggregate: an expression over one row of commune_month, whose
 * names are submission keys. Also finds whether it reads flow or stock keys, which decides how
 * its aggregate adds up over months.
 */
final class RowCompiler extends ExpressionWalker {
    private boolean readsFlow;
    private boolean readsStock;
    private int firstFlow;
    private int firstStock;

    static Typed compile(Node node) {
        return new RowCompiler().walk(node);
    }

    /**
     * The kind of an aggregate over {@code node}: flow when it reads only flow keys or the report's
     * month or date; stock when it reads stock keys or the unit's code/name, or no key at all.
     * Reading both kinds has no meaning over a window: an error at the second kind's key.
     */
    static LeafKind kindOf(Node.Call aggregate, Node node) {
        RowCompiler compiler = new RowCompiler();
        compiler.walk(node);
        if (compiler.readsFlow && compiler.readsStock) {
            throw new FormulaException(Math.max(compiler.firstFlow, compiler.firstStock), "formula.mixedKinds",
                    aggregate.function());
        }
        return compiler.readsFlow ? LeafKind.FLOW : LeafKind.STOCK;
    }

    @Override
    Typed key(Node.KeyRef ref) {
        SubmissionKey key = SubmissionKey.fromKey(ref.key()).orElseThrow(() -> unknownKey(ref));
        boolean flow = key.kind() == KeyKind.FLOW || key.kind() == KeyKind.MONTH || key.kind() == KeyKind.DATE;
        noteKind(flow, ref.position());
        return new Typed(col(key.key()), ValueType.of(key), ValueType.of(key) == ValueType.NUMBER);
    }

    private void noteKind(boolean flow, int position) {
        if (flow && !readsFlow) {
            readsFlow = true;
            firstFlow = position;
        } else if (!flow && !readsStock) {
            readsStock = true;
            firstStock = position;
        }
    }

    @Override
    Typed aggregate(Node.Call call, FormulaFunction function) {
        throw new FormulaException(call.position(), "formula.nestedAggregate", call.function());
    }

    @Override
    Typed rowFunction(Node.Call call, FormulaFunction function) {
        // ON_TIME() is the only row function: it reads the report's dates.
        noteKind(true, call.position());
        return new Typed(ReportDue.onTime(col(SubmissionKey.NGAY_GUI.key()), col(SubmissionKey.KY_BAO_CAO.key())),
                ValueType.BOOLEAN);
    }

    static FormulaException unknownKey(Node.KeyRef ref) {
        String closest = Arrays.stream(SubmissionKey.values()).map(SubmissionKey::key)
                .min(Comparator.comparingInt(k -> editDistance(k, ref.key()))).orElseThrow();
        return new FormulaException(ref.position(), "formula.unknownKey", ref.key(), closest);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int[] current = new int[b.length() + 1];
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.length()];
    }
}
