package io.ovnscope.views.snapshot;

import java.util.Optional;
import javafx.beans.value.ObservableValue;
import org.controlsfx.control.PropertySheet;

/** One read-only line of the details sheet: a field's name and its value as text. */
final class RowItem implements PropertySheet.Item {
    private final PropertyRow row;
    private final String category;

    RowItem(PropertyRow row, String category) {
        this.row = row;
        this.category = category;
    }

    @Override
    public Class<?> getType() {
        return String.class;
    }

    @Override
    public String getCategory() {
        return category;
    }

    @Override
    public String getName() {
        return row.name();
    }

    @Override
    public String getDescription() {
        return row.name() + ": " + row.value();
    }

    @Override
    public Object getValue() {
        return row.value();
    }

    @Override
    public void setValue(Object value) {
        throw new UnsupportedOperationException("the details of a snapshot are read-only");
    }

    @Override
    public Optional<ObservableValue<? extends Object>> getObservableValue() {
        return Optional.empty();
    }

    /** True only so the sheet does not grey the value out: its editor is a label, which edits nothing. */
    @Override
    public boolean isEditable() {
        return true;
    }
}
