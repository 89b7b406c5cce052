package org.entente.model;

import org.entente.time.When;

/** A named stretch of time, such as an era or a presidency, that frames the events without being one. */
public record Period(String id, String title, When when, Extras extras) {
}
