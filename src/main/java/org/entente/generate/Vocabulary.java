package org.entente.generate;

import java.util.List;

/**
 * The words generated events are made of: a CAMEO-like set of event kinds (weights follow the shape of
 * GDELT, where statements and meetings dominate and violence is rare outside crises), topics and tags.
 */
final class Vocabulary {
    static final List<EventKind> KINDS = List.of(
            new EventKind("statement", "010", 0.0, 30, 22, "diplomacy", "author", "addressee", "subject",
                    "{a} issues statement to {b} on {topic}", "{a} issues formal statement on {topic}",
                    "{a} issued a statement addressed to {b} on {topic}", "{a} issued a formal statement on {topic}"),
            new EventKind("meeting", "040", 1.0, 20, 8, "diplomacy", "attendee", "attendee", "attendee",
                    "{a} and {b} hold talks on {topic} in {place}", "{a} holds consultations on {topic} in {place}",
                    "{a} met {b} in {place} to discuss {topic}", "{a} held consultations on {topic} in {place}"),
            new EventKind("pledge", "030", 4.0, 9, 3, "cooperation", "author", "addressee", "attendee",
                    "{a} and {b} pledge closer cooperation on {topic}", "{a} pledges closer cooperation on {topic}",
                    "{a} and {b} pledged closer cooperation on {topic}", "{a} pledged closer regional cooperation on {topic}"),
            new EventKind("state-visit", "042", 1.9, 7, 2, "high-level-visit", "visitor", "host", "attendee",
                    "{a} pays state visit to {b} for talks on {topic}", "{a} makes official visit to {place} on {topic}",
                    "{a} arrived in {place} for a state visit hosted by {b}, with talks on {topic}",
                    "{a} arrived in {place} for an official visit focused on {topic}"),
            new EventKind("host-visit", "043", 2.8, 6, 2, "high-level-visit", "host", "visitor", "visitor",
                    "{a} hosts {b} in {place} for talks on {topic}", "{a} hosts foreign delegation for talks on {topic}",
                    "{a} welcomed {b} in {place} for talks on {topic}", "{a} welcomed a foreign delegation in {place} for talks on {topic}"),
            new EventKind("summit", "044", 2.5, 5, 3, "multilateral", "attendee", "attendee", "attendee",
                    "{a} and {b} meet at {place} summit on {topic}", "{a} attends regional summit in {place} on {topic}",
                    "{a} and {b} met on the sidelines of a summit in {place} on {topic}",
                    "{a} attended a regional summit in {place} devoted to {topic}"),
            new EventKind("negotiation", "046", 7.0, 5, 4, "diplomacy", "attendee", "attendee", "mediator",
                    "{a} and {b} open negotiations on {topic}", "{a} opens negotiations on {topic} in {place}",
                    "{a} and {b} opened formal negotiations on {topic} in {place}",
                    "{a} opened formal negotiations on {topic} in {place}"),
            new EventKind("mediation", "045", 5.0, 2, 4, "diplomacy", "mediator", "attendee", "attendee",
                    "{a} offers to mediate with {b} over {topic}", "{a} offers mediation in dispute over {topic}",
                    "{a} offered to mediate with {b} in the dispute over {topic}",
                    "{a} offered to mediate in the dispute over {topic}"),
            new EventKind("praise", "051", 3.4, 5, 1, "diplomacy", "author", "subject", "subject",
                    "{a} praises {b} for its stance on {topic}", "{a} praises progress on {topic}",
                    "{a} praised {b} for its stance on {topic}", "{a} praised the progress made on {topic}"),
            new EventKind("agreement", "057", 8.0, 4, 1, "agreement", "attendee", "attendee", "attendee",
                    "{a} and {b} sign agreement on {topic}", "{a} signs framework agreement on {topic}",
                    "{a} and {b} signed an agreement on {topic} in {place}",
                    "{a} signed a framework agreement on {topic} in {place}"),
            new EventKind("aid", "070", 7.0, 3, 3, "humanitarian", "author", "addressee", "addressee",
                    "{a} sends aid to {b} amid concerns over {topic}", "{a} announces aid package linked to {topic}",
                    "{a} sent an aid package to {b} amid concerns over {topic}",
                    "{a} announced an aid package linked to {topic}"),
            new EventKind("criticism", "111", -2.0, 8, 12, "diplomacy", "author", "target", "target",
                    "{a} criticizes {b} over {topic}", "{a} criticizes foreign handling of {topic}",
                    "{a} criticized {b} over its handling of {topic}", "{a} criticized foreign handling of {topic}"),
            new EventKind("demand", "100", -5.0, 3, 6, "diplomacy", "author", "addressee", "addressee",
                    "{a} demands that {b} change course on {topic}", "{a} issues demands over {topic}",
                    "{a} demanded that {b} change course on {topic}", "{a} issued a list of demands over {topic}"),
            new EventKind("threat", "130", -4.4, 2, 8, "security", "author", "target", "target",
                    "{a} warns {b} of consequences over {topic}", "{a} warns of consequences over {topic}",
                    "{a} warned {b} of serious consequences over {topic}", "{a} warned of serious consequences over {topic}"),
            new EventKind("protest", "140", -6.5, 3, 8, "protest", "author", "target", "attendee",
                    "Supporters of {a} protest against {b} over {topic}", "Supporters of {a} rally in {place} over {topic}",
                    "supporters of {a} protested in {place} against {b} over {topic}",
                    "supporters of {a} rallied in {place} over {topic}"),
            new EventKind("sanctions", "163", -8.0, 2, 6, "sanctions", "author", "target", "target",
                    "{a} imposes sanctions on {b} over {topic}", "{a} announces new sanctions over {topic}",
                    "{a} imposed sanctions on {b} over {topic}", "{a} announced a new package of sanctions over {topic}"),
            new EventKind("diplomatic-downgrade", "161", -4.0, 1, 4, "diplomacy", "author", "target", "target",
                    "{a} downgrades diplomatic ties with {b} over {topic}", "{a} recalls its ambassadors over {topic}",
                    "{a} downgraded diplomatic ties with {b} over {topic}", "{a} recalled several ambassadors over {topic}"),
            new EventKind("military-exercise", "150", -7.2, 2, 6, "military", "author", "attendee", "attendee",
                    "{a} and {b} stage joint military exercises near {place}", "{a} stages large military exercises near {place}",
                    "{a} and {b} staged joint military exercises near {place}",
                    "{a} staged large military exercises near {place}"),
            new EventKind("ceasefire", "0871", 9.0, 1, 3, "security", "attendee", "attendee", "mediator",
                    "{a} and {b} agree ceasefire after talks on {topic}", "{a} declares unilateral ceasefire near {place}",
                    "{a} and {b} agreed a ceasefire after talks on {topic}",
                    "{a} declared a unilateral ceasefire near {place}"),
            new EventKind("armed-clash", "190", -10.0, 1, 4, "military", "author", "target", "target",
                    "{a} forces clash with {b} near {place}", "{a} forces report heavy clashes near {place}",
                    "forces of {a} clashed with those of {b} near {place}",
                    "forces of {a} reported heavy clashes near {place}"));

    static final List<Topic> TOPICS = List.of(
            new Topic("energy security", "energy"), new Topic("gas pipeline routes", "energy"),
            new Topic("oil output", "energy"), new Topic("tariffs", "trade"), new Topic("grain exports", "trade"),
            new Topic("rare earth exports", "trade"), new Topic("a free trade deal", "trade"),
            new Topic("border security", "border"), new Topic("maritime boundaries", "border"),
            new Topic("the nuclear programme", "nuclear"), new Topic("arms control", "nuclear"),
            new Topic("regional security", "security"), new Topic("cyber attacks", "security"),
            new Topic("water rights", "environment"), new Topic("climate finance", "environment"),
            new Topic("migration", "migration"), new Topic("refugee returns", "migration"),
            new Topic("debt relief", "economy"), new Topic("infrastructure investment", "economy"),
            new Topic("sanctions relief", "sanctions"), new Topic("a prisoner exchange", "human-rights"),
            new Topic("press freedom", "human-rights"), new Topic("election monitoring", "elections"),
            new Topic("public health", "health"), new Topic("the peace process", "peace-process"),
            new Topic("fisheries", "economy"), new Topic("telecommunications", "technology"));

    /** Extra tags that can go with any event, beside the kind's and the topic's. */
    static final List<String> EXTRA_TAGS = List.of("bilateral", "high-level", "anniversary", "regional",
            "follow-up", "contested-report", "official-source", "media-report");

    static final List<RelationKind> RELATION_KINDS = List.of(
            new RelationKind("cooperation", 30, 4, 0, "{a} and {b} cooperate closely on {topic} under a framework agreed in {year}."),
            new RelationKind("trade", 25, 3.5, 0.4, "{a} is a major trading partner of {b}, with trade centred on {topic}."),
            new RelationKind("alliance", 15, 6, 0, "{a} and {b} have been formal allies since {year}, bound by a mutual defence treaty."),
            new RelationKind("rivalry", 15, -5, 0, "{a} and {b} are long-standing rivals, with recurring disputes over {topic}."),
            new RelationKind("sanctions", 15, -6.5, 1, "{a} has maintained sanctions on {b} over {topic} since {year}."));

    private Vocabulary() {
    }
}
