package org.entente.time;

/** Text that is not valid EDTF; the message says what is wrong and what was expected. */
public final class EdtfException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int offset;

    /** @param offset 0-based index of the character in the text where the problem is */
    public EdtfException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    public int offset() {
        return offset;
    }
}
