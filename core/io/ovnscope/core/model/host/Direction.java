package io.ovnscope.core.model.host;

/** Which side of the packet a match looks at: its source, its destination, or either (multiport --ports). */
public enum Direction {
    SOURCE, DESTINATION, EITHER
}
