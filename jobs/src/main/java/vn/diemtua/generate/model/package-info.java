/**
 * The typed realism model: units' stable profiles, national monthly levels (seasonality, trend,
 * calibration to the published figures), allocation of counts to units, reporting and sending
 * dates. Knows nothing of files or text.
 */
package vn.diemtua.generate.model;
