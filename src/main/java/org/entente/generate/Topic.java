package org.entente.generate;

/** What an event is about, with the tag that files it. */
record Topic(String name, String tag) {
}
