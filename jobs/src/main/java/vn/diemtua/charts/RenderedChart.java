package vn.diemtua.charts;

import java.nio.charset.StandardCharsets;

/**
 * A chart drawn in memory: PNG at twice its size (sharp on high-density screens and in print) and
 * SVG at its size, both to be shown {@code width × height} pixels wide.
 */
public record RenderedChart(String title, int width, int height, byte[] png, String svg) {
    public byte[] svgBytes() {
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
