package io.ovnscope.views.snapshot;

/** One line of the details pane: a field's name and its value as text. */
public record PropertyRow(String name, String value) {
}
