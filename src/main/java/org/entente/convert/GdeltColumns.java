package org.entente.convert;

/** Positions of the columns the importer reads in a GDELT 2.0 Events export row (zero-based, 61 columns). */
final class GdeltColumns {
    static final int COUNT = 61;

    static final int GLOBAL_EVENT_ID = 0;
    static final int SQL_DATE = 1;
    static final int ACTOR1 = 5;
    static final int ACTOR2 = 15;
    static final int EVENT_CODE = 26;
    static final int EVENT_BASE_CODE = 27;
    static final int EVENT_ROOT_CODE = 28;
    static final int QUAD_CLASS = 29;
    static final int GOLDSTEIN_SCALE = 30;
    static final int NUM_MENTIONS = 31;
    static final int NUM_SOURCES = 32;
    static final int NUM_ARTICLES = 33;
    static final int AVG_TONE = 34;
    static final int ACTION_GEO_TYPE = 51;
    static final int ACTION_GEO_FULL_NAME = 52;
    static final int ACTION_GEO_COUNTRY_CODE = 53;
    static final int ACTION_GEO_LAT = 56;
    static final int ACTION_GEO_LONG = 57;
    static final int DATE_ADDED = 59;
    static final int SOURCE_URL = 60;

    /** Offsets within an actor's block of ten columns, which starts at {@link #ACTOR1} or {@link #ACTOR2}. */
    static final int ACTOR_CODE = 0;
    static final int ACTOR_NAME = 1;
    static final int ACTOR_COUNTRY = 2;
    static final int ACTOR_KNOWN_GROUP = 3;
    static final int ACTOR_ETHNIC = 4;
    static final int ACTOR_RELIGION1 = 5;
    static final int ACTOR_TYPE1 = 7;

    private GdeltColumns() {
    }
}
