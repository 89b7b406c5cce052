package org.entente.store;

/** The texts a store numbers: actor ids, event kinds, participants' roles, tags and country codes. */
record StoreNames(Names actors, Names kinds, Names roles, Names tags, Names countries) {
    StoreNames() {
        this(new Names(), new Names(), new Names(), new Names(), new Names());
    }
}
