package io.ovnscope.core.model.host;

/** How a MARK target changes the packet mark; all reduce to the kernel's (value, mask) xor-mark. */
public enum MarkOperation {
    SET_XMARK, SET_MARK, AND, OR, XOR
}
