package io.ovnscope.collectors.parse;

/** OVSDB's row ids, as ovs-vsctl and ovn-nbctl print them. */
public final class Uuids {
    private Uuids() {
    }

    /** True for the 36-character form OVSDB prints ({@code 76c672b3-c4c5-4a94-b6e4-5b6e1e6c38ea}). */
    public static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
