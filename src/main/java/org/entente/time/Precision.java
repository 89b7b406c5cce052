package org.entente.time;

/** How finely a date is known, from coarsest to finest; {@code compareTo} orders by fineness. */
public enum Precision { MILLENNIUM, CENTURY, DECADE, YEAR, SEASON, MONTH, DAY, HOUR, MINUTE, SECOND, MILLISECOND }
