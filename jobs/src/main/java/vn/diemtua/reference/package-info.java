/**
 * The administrative-unit reference lists (pre- and post-2025 units, alias codes, crosswalks):
 * loading them from the jar, resolving a code for a month, and writing the reference tables.
 * Must not read submissions or metric tables.
 */
package vn.diemtua.reference;
