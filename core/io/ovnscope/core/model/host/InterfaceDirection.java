package io.ovnscope.core.model.host;

/** The interface a packet came in on ({@code -i}) or goes out through ({@code -o}). */
public enum InterfaceDirection {
    IN, OUT
}
