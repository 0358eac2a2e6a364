package io.ovnscope.core.compare;

/** How a thing differs between the earlier and the later snapshot. */
public enum ChangeKind {
    ADDED('+'), REMOVED('-'), CHANGED('~');

    private final char sign;

    ChangeKind(char sign) {
        this.sign = sign;
    }

    /** The one-character mark a text listing puts before the thing. */
    public char sign() {
        return sign;
    }
}
