package kz.birge.indicators.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.birge.indicators.report.ReportData.Group;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws the participants bar chart with JFreeChart; see
 * {@link ReportFiles#participantsChart}.
 * <p>
 * The chart is drawn onto an off-screen image, which works whether or not the JVM is
 * headless; Spring Boot makes it headless at start-up, and a JVM on Linux without
 * {@code DISPLAY} is headless by default.
 */
final class ParticipantsChart {

	static final int WIDTH = 1000;

	static final int HEIGHT = 600;

	/** Longest category label drawn; longer ones are cut with an ellipsis. */
	static final int MAX_LABEL = 40;

	/** Lines an upright bar's label may wrap onto. */
	private static final int UPRIGHT_LABEL_LINES = 3;

	/**
	 * A cautious guess at the plot's width: the image less the value axis, its label and
	 * the insets.
	 */
	private static final double PLOT_WIDTH = WIDTH - 110;

	/** Space before the first and after the last bar, as a share of the axis. */
	private static final double AXIS_MARGIN = 0.02;

	/** Space between bars, as a share of the axis. */
	private static final double CATEGORY_MARGIN = 0.1;

	private static final String AXIS_LABEL = "report.chart.participants";

	private static final String PREFERRED_FONT = "DejaVu Sans";

	private static final Color BAR = new Color(0x2E7D32);

	private static final String FONT_FAMILY = fontFamily();

	/** The font of the bars' labels, also used to measure them. */
	private static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 13);

	private ParticipantsChart() {
	}

	static byte[] png(String title, List<Group> groups, ReportLabels labels) {
		String axisLabel = labels.get(AXIS_LABEL);
		if (axisLabel == null || axisLabel.isBlank()) {
			axisLabel = AXIS_LABEL;
		}
		DefaultCategoryDataset dataset = new DefaultCategoryDataset();
		Set<String> categories = new LinkedHashSet<>();
		for (Group group : groups) {
			String category = uniqueCategory(shorten(group.label()), categories);
			categories.add(category);
			dataset.addValue(group.participants(), "participants", category);
		}
		PlotOrientation orientation = upright(categories) ? PlotOrientation.VERTICAL : PlotOrientation.HORIZONTAL;
		JFreeChart chart = ChartFactory.createBarChart(title, null, axisLabel, dataset, orientation, false, false,
				false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		CategoryAxis categoryAxis = plot.getDomainAxis();
		categoryAxis.setLowerMargin(AXIS_MARGIN);
		categoryAxis.setUpperMargin(AXIS_MARGIN);
		categoryAxis.setCategoryMargin(CATEGORY_MARGIN);
		categoryAxis.setMaximumCategoryLabelLines(
				(orientation == PlotOrientation.VERTICAL) ? UPRIGHT_LABEL_LINES : UPRIGHT_LABEL_LINES - 1);
		NumberAxis valueAxis = (NumberAxis) plot.getRangeAxis();
		valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		valueAxis.setUpperMargin(0.1);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setSeriesPaint(0, BAR);
		renderer.setMaximumBarWidth(0.12);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
		renderer.setDefaultItemLabelsVisible(true);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not draw the participants chart", ex);
		}
	}

	/**
	 * Whether the bars can stand upright with their labels level underneath: every word
	 * fits the width of a bar and every label fits in three lines. Otherwise the bars lie
	 * horizontally with the labels level at their left, which reads better than rotated
	 * labels, as those overlap or run off the image.
	 */
	static boolean upright(Collection<String> categories) {
		if (categories.isEmpty()) {
			return true;
		}
		double barWidth = PLOT_WIDTH * (1 - 2 * AXIS_MARGIN) * (1 - CATEGORY_MARGIN) / categories.size();
		FontRenderContext measure = new FontRenderContext(null, true, true);
		for (String category : categories) {
			// Wrapping rarely fills each line, so a label gets two and a half lines'
			// width, not three.
			if (TICK_FONT.getStringBounds(category, measure).getWidth() > barWidth * (UPRIGHT_LABEL_LINES - 0.5)) {
				return false;
			}
			for (String word : category.split("\\s+")) {
				if (TICK_FONT.getStringBounds(word, measure).getWidth() > barWidth) {
					return false;
				}
			}
		}
		return true;
	}

	/** Flat bars, white background and a font that has Cyrillic letters. */
	private static StandardChartTheme theme() {
		String family = FONT_FAMILY;
		StandardChartTheme theme = new StandardChartTheme("birge");
		theme.setExtraLargeFont(new Font(family, Font.BOLD, 22));
		theme.setLargeFont(new Font(family, Font.BOLD, 15));
		theme.setRegularFont(TICK_FONT);
		theme.setSmallFont(new Font(family, Font.PLAIN, 11));
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.setChartBackgroundPaint(Color.WHITE);
		return theme;
	}

	/**
	 * "DejaVu Sans" when it is installed, else the logical "SansSerif", which the JDK
	 * maps to an installed font with Cyrillic where there is one.
	 */
	static String fontFamily() {
		Font preferred = new Font(PREFERRED_FONT, Font.PLAIN, 12);
		return preferred.getFamily().equalsIgnoreCase(PREFERRED_FONT) ? PREFERRED_FONT : Font.SANS_SERIF;
	}

	static String shorten(String label) {
		String text = (label != null) ? label.strip() : "";
		if (text.codePointCount(0, text.length()) <= MAX_LABEL) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, MAX_LABEL - 1)).strip() + "…";
	}

	/** Equal labels would merge into one bar: later ones get " (2)", " (3)"... */
	private static String uniqueCategory(String label, Set<String> taken) {
		String candidate = label;
		for (int n = 2; taken.contains(candidate); n++) {
			candidate = label + " (" + n + ")";
		}
		return candidate;
	}

}
