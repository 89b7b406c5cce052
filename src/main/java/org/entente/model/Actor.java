package org.entente.model;

import java.util.List;

/** A person, state, organisation or group. Optional parts are null (or empty lists) when absent. */
public record Actor(String id, String name, ActorKind kind, List<String> aliases, String country,
                    String description, List<Membership> memberships, Extras extras) {
}
