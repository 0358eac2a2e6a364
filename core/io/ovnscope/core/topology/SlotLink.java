package io.ovnscope.core.topology;

/** A link between slots of adjacent layers, with where it meets each slot relative to the slot's centre. */
record SlotLink(LayoutSlot other, double ownDx, double otherDx) {
}
