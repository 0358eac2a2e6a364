package io.ovnscope.collectors.parse.openflow;

/** Recognises OVS's own log lines ({@code 2025-05-14T14:23:32Z|00001|vconn|WARN|...}) that tools print on stderr. */
final class OvsLogLine {
    private static final String[] LEVELS = {"EMER", "ERR", "WARN", "INFO", "DBG"};

    private OvsLogLine() {
    }

    /** The level word, or null when the line is not an OVS log line. */
    static String level(String line) {
        if (line.length() < 12 || !Character.isDigit(line.charAt(0))) {
            return null;
        }
        for (String level : LEVELS) {
            if (line.contains("|" + level + "|")) {
                return level;
            }
        }
        return null;
    }
}
