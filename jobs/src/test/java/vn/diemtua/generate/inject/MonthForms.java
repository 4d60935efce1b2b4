package vn.diemtua.generate.inject;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The month forms SPEC section 2 lists, read strictly: what a test may call a valid month. */
final class MonthForms {
    private static final Pattern[] FORMS = {
            Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})"),
            Pattern.compile("(?<m>\\d{1,2})/(?<y>\\d{4})"),
            Pattern.compile("Tháng (?<m>\\d{1,2})/(?<y>\\d{4})"),
            Pattern.compile("T(?<m>\\d{1,2})/(?<y>\\d{4})")};

    private MonthForms() {
    }

    static Optional<YearMonth> parse(String text) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(text.trim());
            if (m.matches()) {
                int month = Integer.parseInt(m.group("m"));
                return month >= 1 && month <= 12
                        ? Optional.of(YearMonth.of(Integer.parseInt(m.group("y")), month)) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
