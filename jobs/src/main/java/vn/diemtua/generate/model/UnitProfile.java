package vn.diemtua.generate.model;

import vn.diemtua.model.HeadquartersStatus;

import java.time.YearMonth;

/**
 * What stays the same about a unit from month to month: its size and its headquarters and
 * barracks timelines. Monthly values are drawn around it.
 *
 * @param streamId         names the unit's random streams; a code reused by another unit after
 *                         2025-07-01 gets another id, so their histories do not share draws
 * @param weight           relative activity (counts scale with it); 1 is an average pre-2025 Xã or
 *                         Thị trấn
 * @param procedures       first month with investment procedures under way ({@code dang_thu_tuc})
 * @param construction     first month under construction ({@code dang_xay_dung})
 * @param hqInUse          first month the headquarters is in use ({@code da_su_dung})
 * @param barracks         first month with barracks housing
 * @param officers         usual number of regular officers
 * @param officerFloor     fewest regular officers the unit ever has (12 from 2025-07-01)
 * @param semiProfessional usual semi-professional police, to 2024-06
 * @param grassroots       usual grassroots security force, from 2024-07
 * @param hasPolice        false for the two Đặc khu without a commune police unit: they never report
 */
public record UnitProfile(String streamId, double weight, YearMonth procedures, YearMonth construction,
                          YearMonth hqInUse, YearMonth barracks, int officers, int officerFloor,
                          int semiProfessional, int grassroots, boolean hasPolice) {

    public HeadquartersStatus headquarters(YearMonth month) {
        if (!month.isBefore(hqInUse)) {
            return HeadquartersStatus.DA_SU_DUNG;
        }
        if (!month.isBefore(construction)) {
            return HeadquartersStatus.DANG_XAY_DUNG;
        }
        if (!month.isBefore(procedures)) {
            return HeadquartersStatus.DANG_THU_TUC;
        }
        return HeadquartersStatus.CHUA_CO;
    }

    public boolean hasBarracks(YearMonth month) {
        return !month.isBefore(barracks);
    }
}
