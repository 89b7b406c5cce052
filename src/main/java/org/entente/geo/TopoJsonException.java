package org.entente.geo;

import java.io.IOException;
import org.entente.text.ProblemText;

/** A TopoJSON file that cannot be read, said on one line: the file, the JSON path and what was expected there. */
public final class TopoJsonException extends IOException {
    TopoJsonException(String message) {
        super(ProblemText.oneLine(message));
    }
}
