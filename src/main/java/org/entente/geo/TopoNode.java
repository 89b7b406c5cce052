package org.entente.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.entente.text.ProblemText;

/**
 * A value of a TopoJSON file with the file's name and the JSON path that leads to it, so that whatever is
 * wrong with it can be said precisely: {@code world.json: $.arcs[3][1]: expected a number, found "x"}.
 */
record TopoNode(String file, String path, JsonNode json) {

    /** The member {@code name} of this object; absent when this is no object or has no such member. */
    TopoNode get(String name) {
        return new TopoNode(file, path + "." + name, json.path(name));
    }

    /** Absent from the file, or JSON {@code null}: TopoJSON's way of saying "none" for ids and geometries. */
    boolean isAbsent() {
        return json.isMissingNode() || json.isNull();
    }

    /** The elements of this array, each with its path. */
    List<TopoNode> elements(String what) throws TopoJsonException {
        if (!json.isArray()) {
            throw expected(what);
        }
        List<TopoNode> elements = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            elements.add(new TopoNode(file, path + "[" + i + "]", json.get(i)));
        }
        return elements;
    }

    int integer(String what) throws TopoJsonException {
        if (!json.isIntegralNumber() || !json.canConvertToInt()) {
            throw expected(what);
        }
        return json.intValue();
    }

    double number(String what) throws TopoJsonException {
        if (!json.isNumber() || !Double.isFinite(json.doubleValue())) {
            throw expected(what);
        }
        return json.doubleValue();
    }

    String text(String what) throws TopoJsonException {
        if (!json.isTextual()) {
            throw expected(what);
        }
        return json.textValue();
    }

    TopoJsonException expected(String what) {
        return new TopoJsonException(file + ": " + path + ": expected " + what + ", found " + found());
    }

    private String found() {
        if (json.isMissingNode()) {
            return "nothing";
        }
        if (json.isTextual()) {
            return "\"" + ProblemText.quote(json.textValue()) + "\"";
        }
        if (json.isArray()) {
            return "an array of " + json.size();
        }
        return json.isObject() ? "an object" : ProblemText.quote(json.toString());
    }
}
