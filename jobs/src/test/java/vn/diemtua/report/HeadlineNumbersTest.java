package vn.diemtua.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HeadlineNumbersTest {
    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "22345   | hơn 22 nghìn      | more than 22 thousand",
            "33800   | gần 34 nghìn      | nearly 34 thousand",
            "0       | 0                 | 0",
            "845     | 845               | 845",
            "999     | 999               | 999",
            "999.4   | 999               | 999",
            "999.6   | 1 nghìn           | 1 thousand",
            "1000    | 1 nghìn           | 1 thousand",
            "1001    | hơn 1 nghìn       | more than 1 thousand",
            "1499    | hơn 1 nghìn       | more than 1 thousand",
            "1500    | gần 2 nghìn       | nearly 2 thousand",
            "22000   | 22 nghìn          | 22 thousand",
            "22500   | gần 23 nghìn      | nearly 23 thousand",
            "22499   | hơn 22 nghìn      | more than 22 thousand",
            "34000   | 34 nghìn          | 34 thousand",
            "1234567 | gần 1.235 nghìn   | nearly 1,235 thousand",
            "1234400 | hơn 1.234 nghìn   | more than 1,234 thousand",
    })
    void roundsToTheNearestThousandWithHonOrGan(double count, String vi, String en) {
        HeadlineNumbers.Headline headline = HeadlineNumbers.of(count);
        assertEquals(vi, headline.vi());
        assertEquals(en, headline.en());
    }

    @Test
    void saysWhichWayItRounded() {
        assertEquals(HeadlineNumbers.Qualifier.MORE_THAN, HeadlineNumbers.of(22345).qualifier());
        assertEquals(HeadlineNumbers.Qualifier.NEARLY, HeadlineNumbers.of(33800).qualifier());
        assertEquals(HeadlineNumbers.Qualifier.EXACT, HeadlineNumbers.of(22000).qualifier());
        assertEquals(22, HeadlineNumbers.of(22345).figure());
    }

    @Test
    void refusesWhatIsNotACount() {
        assertThrows(IllegalArgumentException.class, () -> HeadlineNumbers.of(-1));
        assertThrows(IllegalArgumentException.class, () -> HeadlineNumbers.of(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> HeadlineNumbers.of(Double.POSITIVE_INFINITY));
    }
}
