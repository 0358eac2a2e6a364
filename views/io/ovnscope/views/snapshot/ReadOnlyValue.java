package io.ovnscope.views.snapshot;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Shows a value in the details sheet as wrapped text rather than a text field: nothing here is edited, and
 * long values (VIP maps, matches, route lists) must stay readable in a narrow pane.
 */
final class ReadOnlyValue implements PropertyEditor<Object> {
    private final Label label = new Label();

    ReadOnlyValue(PropertySheet.Item item) {
        String text = String.valueOf(item.getValue());
        label.setText(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("details-value");
        if (text.length() >= 40) {
            label.setTooltip(new Tooltip(text));
        }
    }

    @Override
    public Node getEditor() {
        return label;
    }

    @Override
    public Object getValue() {
        return label.getText();
    }

    @Override
    public void setValue(Object value) {
        label.setText(String.valueOf(value));
    }
}
