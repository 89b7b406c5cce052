package org.entente.network;

/** One actor of a pair a member of the other, an organisation, as actor indices; {@code role} may be null. */
public record MembershipTie(int member, int organization, String role) {
}
