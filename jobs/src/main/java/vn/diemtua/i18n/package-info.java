/** Vietnamese and English texts for users, read from resource bundles; no step logic. */
package vn.diemtua.i18n;
