package vn.diemtua.metrics.catalog;

import java.util.List;

/** A catalog that cannot be used: every problem found, each naming the file, line and metric id. */
public final class CatalogException extends RuntimeException {
    private final List<String> problems;

    CatalogException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    /** Each problem in English then Vietnamese, the formula problems with a caret under the position. */
    public List<String> problems() {
        return problems;
    }
}
