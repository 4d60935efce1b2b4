/**
 * The quirks and errors of real files, injected into drafted cells at chosen rates: file habits
 * (header wording, code as number, month forms, separators, …), row quirks (duplicates,
 * resubmissions, name variants, padding) and row errors (SPEC section 2's rejection rules). Each
 * injector marks what it did, so the expected accepted and rejected rows of every file are known.
 * Must not change the typed model values: rejected rows are corrected in a later supplement, so
 * what ends up current is exactly what the model drew.
 */
package vn.diemtua.generate.inject;
