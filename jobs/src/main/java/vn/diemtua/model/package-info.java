/**
 * The vocabulary shared by every step: the canonical submission keys of SPEC section 2, their
 * kinds, and the schemas of the tables that more than one step reads. Holds no logic that reads or
 * writes data; everything else may depend on it, it depends on nothing of the project.
 */
package vn.diemtua.model;
