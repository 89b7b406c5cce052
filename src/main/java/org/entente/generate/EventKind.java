package org.entente.generate;

/**
 * One kind of event with its CAMEO code and Goldstein weight, how often it happens in calm times and in a
 * crisis, the roles of its participants, and the wording of its headlines and reports. In the templates
 * {a} and {b} stand for the first two participants, {topic} for the subject and {place} for the location;
 * the solo forms are used when there is a single participant.
 */
record EventKind(String id, String cameo, double goldstein, double calmWeight, double crisisWeight, String tag,
                 String firstRole, String secondRole, String otherRole,
                 String headline, String soloHeadline, String report, String soloReport) {

    String role(int position) {
        return switch (position) {
            case 0 -> firstRole;
            case 1 -> secondRole;
            default -> otherRole;
        };
    }
}
