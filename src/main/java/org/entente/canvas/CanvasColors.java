package org.entente.canvas;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.scene.paint.Color;

/**
 * The colours a control draws on a canvas, set by CSS and read by name. The names are the constants of
 * an enum, and each is set by the looked-up colour (token) made of a prefix and the name in lower case
 * with hyphens: with the prefix {@code -entente-graph-}, {@code NODE_OUTLINE} is
 * {@code -entente-graph-node-outline}. The token is the control's own CSS property, so a new colour
 * needs no more Java than its name.
 *
 * <p>Tokens are declared on {@code .root} and on {@code .canvas-colors} (org/entente/theme/tokens.css),
 * and {@link #attach} gives a control that style class, since a CSS property takes only a value declared
 * on its own node. The canvas controls' stylesheets import the token sheet, so they draw in their real
 * colours in a scene without Entente's stylesheets too.
 *
 * <p>One instance per control class holds the CSS metadata; each control holds its {@link Values}.
 */
public final class CanvasColors<S extends Styleable, K extends Enum<K>> {
    /** The style class the token rules match besides {@code .root}. */
    public static final String STYLE_CLASS = "canvas-colors";

    /** Never drawn unless the token sheet lacks a token a palette names, and then loud enough to see. */
    private static final Color MISSING = Color.MAGENTA;

    private final Class<K> names;
    private final Map<K, CssMetaData<S, Color>> metaData;
    private final List<CssMetaData<? extends Styleable, ?>> allMetaData;

    /**
     * @param names     every colour
     * @param prefix    what each name's token starts with, such as {@code -entente-graph-}
     * @param inherited the CSS metadata of the control's superclass
     * @param valuesOf  how CSS finds a control's {@link Values}
     */
    public CanvasColors(Class<K> names, String prefix, List<CssMetaData<? extends Styleable, ?>> inherited,
                        Function<S, Values<K>> valuesOf) {
        this.names = names;
        this.metaData = new EnumMap<>(names);
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(inherited);
        for (K name : names.getEnumConstants()) {
            CssMetaData<S, Color> data = new CssMetaData<>(token(prefix, name), StyleConverter.getColorConverter(), MISSING) {
                @Override
                public boolean isSettable(S styleable) {
                    return !valuesOf.apply(styleable).properties.get(name).isBound();
                }

                @Override
                public StyleableProperty<Color> getStyleableProperty(S styleable) {
                    return valuesOf.apply(styleable).properties.get(name);
                }
            };
            metaData.put(name, data);
            all.add(data);
        }
        this.allMetaData = Collections.unmodifiableList(all);
    }

    /** The token that sets a colour: {@code -entente-graph-} and {@code NODE_OUTLINE} make {@code -entente-graph-node-outline}. */
    static String token(String prefix, Enum<?> name) {
        return prefix + name.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The control class's CSS metadata: its superclass's and one property per colour. */
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return allMetaData;
    }

    /** Gives a control its colour properties and the style class the token rules match. */
    public Values<K> attach(S styleable) {
        styleable.getStyleClass().add(STYLE_CLASS);
        Map<K, StyleableObjectProperty<Color>> properties = new EnumMap<>(names);
        for (K name : names.getEnumConstants()) {
            properties.put(name, new SimpleStyleableObjectProperty<>(metaData.get(name), styleable,
                    metaData.get(name).getProperty(), MISSING));
        }
        return new Values<>(names, properties);
    }

    /** One control's colours, as CSS last set them. */
    public static final class Values<K extends Enum<K>> {
        private final Class<K> names;
        private final Map<K, StyleableObjectProperty<Color>> properties;

        private Values(Class<K> names, Map<K, StyleableObjectProperty<Color>> properties) {
            this.names = names;
            this.properties = properties;
        }

        public Color get(K name) {
            return properties.get(name).get();
        }

        /** Every colour property, so a skin can repaint when a theme changes them. */
        public List<StyleableObjectProperty<Color>> properties() {
            return List.copyOf(properties.values());
        }

        /** The colours as they are now, for a frame that must not change while it is drawn. */
        public Map<K, Color> snapshot() {
            return each(names, this::get);
        }
    }

    /** A colour for every name, from {@code colour}; the map a palette is made of. */
    public static <K extends Enum<K>> Map<K, Color> each(Class<K> names, Function<K, Color> colour) {
        Map<K, Color> colours = new EnumMap<>(names);
        for (K name : names.getEnumConstants()) {
            colours.put(name, colour.apply(name));
        }
        return Collections.unmodifiableMap(colours);
    }
}
