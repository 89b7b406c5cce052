package org.entente.model;

import org.entente.time.When;

/** An actor's role in an organisation, for example Premier of the State Council; {@code when} may be null. */
public record Membership(String organization, String role, When when) {
}
