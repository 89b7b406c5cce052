package org.entente.io;

/** How bad a problem is: errors make a record invalid, warnings only inform. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
