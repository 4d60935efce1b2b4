/**
 * Where the tables live: resolving table names to Delta paths under the warehouse URI, reading
 * them (also as of a past version), registering them as SQL views. Holds no step's logic.
 */
package vn.diemtua.warehouse;
