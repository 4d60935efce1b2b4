package vn.diemtua.charts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans, regular and bold, loaded from the jar (licence beside the files) rather than from
 * the machine: a cluster node or a fresh container may have no font with Vietnamese glyphs, and
 * Java's logical fonts then draw boxes instead of "ệ". Every chart uses these fonts explicitly.
 */
public final class ChartFonts {
    /** The family name the shipped files declare; SVG output names it. */
    public static final String FAMILY = "DejaVu Sans";

    private static final String ROOT = "/vn/diemtua/charts/fonts/";

    static {
        // Charts are drawn off screen, also on a driver that has a display variable set but no display.
        System.setProperty("java.awt.headless", "true");
    }

    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private ChartFonts() {
    }

    public static Font regular(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    public static Font bold(float size) {
        return BOLD.deriveFont(Font.BOLD, size);
    }

    private static Font load(String file) {
        try (InputStream in = ChartFonts.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " is missing from the jar");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            // Registered so that anything looking the family up by name finds the same glyphs;
            // false only means the machine has the family already, and the Font object is used anyway.
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Font " + file + " is not a TrueType font", e);
        }
    }
}
