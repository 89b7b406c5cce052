package org.entente.io;

/** Strict refuses a dataset with any error; lenient keeps every valid record and reports what it skipped. */
public enum LoadMode {
    STRICT, LENIENT
}
