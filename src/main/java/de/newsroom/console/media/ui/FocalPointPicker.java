package de.newsroom.console.media.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.IntegerField;

/**
 * The whole picture with a marker on the focal point: a click on the picture moves the point there. The two number
 * fields stay the way for keyboard users and show the same point; the marker follows them. Plain DOM events, no
 * frontend code of our own: the click reports {@code event.offsetX/Y} and the picture's displayed size.
 */
class FocalPointPicker extends Div {

    final Image picture = new Image();
    final Div marker = new Div();
    private final IntegerField x;
    private final IntegerField y;

    FocalPointPicker(IntegerField x, IntegerField y) {
        this.x = x;
        this.y = y;
        addClassName("media-focal");
        setId("media-focal");
        picture.addClassName("media-focal-picture");
        picture.setId("media-focal-picture");
        picture.getElement().setAttribute("title", getTranslation("media.focal.click"));
        marker.addClassName("media-focal-marker");
        marker.setId("media-focal-marker");
        // Decorative: the number fields say the same for screen readers.
        marker.getElement().setAttribute("aria-hidden", "true");
        add(picture, marker);
        picture.getElement().addEventListener("click", e -> {
            var data = e.getEventData();
            click(data.get("event.offsetX").asDouble(), data.get("event.offsetY").asDouble(),
                    data.get("element.clientWidth").asDouble(), data.get("element.clientHeight").asDouble());
        }).addEventData("event.offsetX").addEventData("event.offsetY")
                .addEventData("element.clientWidth").addEventData("element.clientHeight");
        x.addValueChangeListener(e -> placeMarker());
        y.addValueChangeListener(e -> placeMarker());
    }

    /** Shows this picture (full frame) with the marker where the fields say. */
    void show(String src, String srcset, String alt) {
        picture.setSrc(src);
        picture.setAlt(alt);
        if (srcset != null && !srcset.isBlank()) {
            picture.getElement().setAttribute("srcset", srcset);
            picture.getElement().setAttribute("sizes", "(max-width: 40rem) 100vw, 38rem");
        } else {
            picture.getElement().removeAttribute("srcset");
        }
        placeMarker();
    }

    /** A click at ({@code offsetX}, {@code offsetY}) on a picture shown {@code width} × {@code height} pixels. */
    void click(double offsetX, double offsetY, double width, double height) {
        if (width <= 0 || height <= 0) {
            return;
        }
        x.setValue(percent(offsetX / width));
        y.setValue(percent(offsetY / height));
    }

    private static int percent(double fraction) {
        return (int) Math.round(Math.max(0, Math.min(1, fraction)) * 100);
    }

    private void placeMarker() {
        Integer px = x.getValue();
        Integer py = y.getValue();
        boolean valid = px != null && py != null && px >= 0 && px <= 100 && py >= 0 && py <= 100;
        marker.setVisible(valid);
        if (valid) {
            marker.getStyle().set("left", px + "%").set("top", py + "%");
        }
    }
}
