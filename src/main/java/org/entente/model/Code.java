package org.entente.model;

/** A code from a coding scheme such as CAMEO; codes are strings because they keep leading zeros. */
public record Code(String scheme, String code) {
}
