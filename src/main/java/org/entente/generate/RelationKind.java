package org.entente.generate;

/**
 * A kind of standing relation: how common it is, its usual tone, how often it runs one way only, and the
 * sentence that summarizes it ({a}, {b}, {topic} and {year} filled in).
 */
record RelationKind(String id, double weight, double tone, double directedShare, String summary) {
}
