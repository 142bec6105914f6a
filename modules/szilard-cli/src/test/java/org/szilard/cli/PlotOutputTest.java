package org.szilard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.szilard.cli.plot.PngPainter;

/** {@code szilard run --out DIR} with the real plugins draws PNG plots of what the run has data for. */
class PlotOutputTest {

    private static final Path SPIN_OTTO = Path.of("../../examples/spin-otto.yaml").toAbsolutePath().normalize();
    private static final Installation INSTALLATION = Installation.open(PluginRuntime.MODULES);

    @TempDir
    Path directory;

    private static void execute(String... args) {
        CommandOutcome.success(INSTALLATION, args);
    }

    /** The PNG files of a directory, by name. */
    private static List<String> pngs(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
    }

    /**
     * Asserts that a file is a PNG of the painter's size with a drawing on it: many pixels in strong colours (the
     * curves, bars or cells), not only the white background, grey grid and black text.
     */
    static void assertDrawn(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertTrue(image != null, file + " does not decode");
        assertEquals(PngPainter.WIDTH, image.getWidth());
        assertEquals(PngPainter.HEIGHT, image.getHeight());
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff, g = rgb >> 8 & 0xff, b = rgb & 0xff;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 300, file + ": only " + coloured + " coloured pixels");
    }

    @Test
    void spinOttoGetsItsEnergeticsAndCyclePlots() throws IOException {
        Path out = directory.resolve("out");
        execute("run", SPIN_OTTO.toString(), "--out", out.toString());
        assertEquals(List.of("cycle-entropy-temperature.png", "cycle-lambda-energy.png", "energetics.png"), pngs(out));
        for (String png : pngs(out)) {
            assertDrawn(out.resolve(png));
        }
    }

    @Test
    void closedRampGetsTheWorkHistogramAndNoEntropyPlot() throws IOException {
        Path scenario = Files.writeString(directory.resolve("ramp.yaml"), """
                substance: { type: spin, spin: 0.5, transverse: 0.5 }
                protocol: { type: ramp, from: 1.0, to: 3.0, duration: 2.0 }
                solver: { type: unitary }
                initial: { type: thermal, temperature: 1.0 }
                analyzers: [energetics, fluctuations]
                """);
        Path out = directory.resolve("out");
        execute("run", scenario.toString(), "--out", out.toString());
        assertEquals(List.of("cycle-lambda-energy.png", "energetics.png", "work-distribution.png"), pngs(out));
        assertDrawn(out.resolve("work-distribution.png"));
        assertFalse(Files.exists(out.resolve("cycle-entropy-temperature.png")));
    }
}
