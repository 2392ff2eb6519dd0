package se.samverka.inventory.ui.internal.budgets;

import java.awt.image.BufferedImage;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;

import se.samverka.inventory.BudgetSheet;
import se.samverka.inventory.charts.BudgetChart;

/**
 * A chart in the window: a canvas that draws a JFreeChart (made without SWT, such as {@link BudgetChart} or the
 * overview's {@link se.samverka.inventory.charts.ProjectCharts}) into an image of its size and shows it. Shown again
 * for each budget or chart given (as the user types, too) and when resized. The image is drawn when the canvas is
 * painted, once for the size it has then: a page that is laid out several times while it opens draws its chart once.
 */
public final class ChartView {

    private final Canvas canvas;
    private final Locale locale;
    private final java.awt.Font font;
    private BudgetSheet sheet;
    private JFreeChart chart;
    private Image image;

    public ChartView(Composite parent, Locale locale) {
        this.locale = locale;
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        org.eclipse.swt.graphics.FontData data = parent.getFont().getFontData()[0];
        font = new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN,
                Math.max(10, Math.round(data.getHeight() * parent.getDisplay().getDPI().y / 72f)));
        canvas.addListener(SWT.Resize, e -> redraw());
        canvas.addListener(SWT.Paint, e -> {
            Rectangle area = canvas.getClientArea();
            if (image != null && !image.getBounds().equals(new Rectangle(0, 0, area.width, area.height))) {
                disposeImage();
            }
            if (image == null && chart != null && area.width > 0 && area.height > 0) {
                image = new Image(canvas.getDisplay(),
                        toImageData(BudgetChart.image(chart, area.width, area.height)));
            }
            if (image != null) {
                e.gc.drawImage(image, 0, 0);
            }
        });
        canvas.addListener(SWT.Dispose, e -> disposeImage());
    }

    public Canvas control() {
        return canvas;
    }

    /** Shows the chart of this budget. */
    void show(BudgetSheet budget) {
        this.sheet = budget;
        show(budget == null || budget.isEmpty() ? null : BudgetChart.chart(budget, locale, font));
    }

    /** Shows a chart ({@code null}: none), kept as the canvas's data {@code samverka.chart} for tests. */
    public void show(JFreeChart shown) {
        this.chart = shown;
        canvas.setData("samverka.chart", chart);
        redraw();
    }

    /** The font charts are written with: the window's, in the size it has on this screen. */
    public java.awt.Font font() {
        return font;
    }

    /** The chart shown, or {@code null} (for tests). */
    JFreeChart chart() {
        return chart;
    }

    BudgetSheet sheet() {
        return sheet;
    }

    /** The image drawn anew at the next paint. */
    private void redraw() {
        disposeImage();
        canvas.redraw();
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    private static ImageData toImageData(BufferedImage awt) {
        int width = awt.getWidth();
        int height = awt.getHeight();
        if (awt.getType() == BufferedImage.TYPE_INT_RGB
                && awt.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt buffer
                && buffer.getNumBanks() == 1 && buffer.getData().length == width * height) {
            // The chart's pixels (0xRRGGBB) copied as they are, three bytes each, red first: no per-row conversion.
            int[] pixels = buffer.getData();
            byte[] bytes = new byte[pixels.length * 3];
            for (int i = 0, b = 0; i < pixels.length; i++) {
                int pixel = pixels[i];
                bytes[b++] = (byte) (pixel >> 16);
                bytes[b++] = (byte) (pixel >> 8);
                bytes[b++] = (byte) pixel;
            }
            return new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF), 1, bytes);
        }
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            awt.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                row[x] &= 0xFFFFFF;
            }
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
