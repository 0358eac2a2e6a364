package io.ovnscope.views;

import io.ovnscope.views.snapshot.PropertyRow;
import java.util.List;
import org.controlsfx.control.PropertySheet;
import org.testfx.api.FxRobot;

/** What the window's details sheet shows, read through the sheet the user sees, as name and value rows. */
public final class DetailsRows {
    private DetailsRows() {
    }

    public static List<PropertyRow> of(FxRobot robot) {
        PropertySheet sheet = robot.lookup("#details").queryAs(PropertySheet.class);
        return sheet.getItems().stream()
                .map(item -> new PropertyRow(item.getName(), String.valueOf(item.getValue()))).toList();
    }
}
