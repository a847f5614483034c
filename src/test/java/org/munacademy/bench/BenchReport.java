package org.munacademy.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps every benchmark run's printed report as a build artefact: registered on a benchmark class
 * ({@code @ExtendWith(BenchReport.class)}), it copies what the benchmark method prints on {@code System.out} and
 * writes it, after the method (passed or failed), to {@code <bench.reports>/<Class>-<method>-<timestamp>.md}
 * ({@code bench.reports} is {@code ${project.build.directory}/bench-reports} under Maven, {@code target/bench-reports}
 * otherwise). The console output is unchanged.
 */
public class BenchReport implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BenchReport.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** The console and the copy. */
    private record Capture(PrintStream console, ByteArrayOutputStream copy, LocalDateTime started) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        PrintStream console = System.out;
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new Tee(console, copy), true, StandardCharsets.UTF_8));
        context.getStore(NS).put("capture", new Capture(console, copy, LocalDateTime.now()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Capture c = context.getStore(NS).remove("capture", Capture.class);
        if (c == null) {
            return;
        }
        System.out.flush();
        System.setOut(c.console());
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        Path dir = Path.of(System.getProperty("bench.reports", "target/bench-reports"));
        Path file = dir.resolve(name + "-" + STAMP.format(c.started()) + ".md");
        String outcome = context.getExecutionException().map(e -> "failed: " + e).orElse("passed");
        String text = "# " + name + "\n\nStarted " + c.started() + ", " + outcome + ".\n\n```\n"
                + c.copy().toString(StandardCharsets.UTF_8) + "```\n";
        try {
            Files.createDirectories(dir);
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the benchmark report " + file, e);
        }
        System.out.println("report: " + file.toAbsolutePath());
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public synchronized void write(int x) throws IOException {
            a.write(x);
            b.write(x);
        }

        @Override
        public synchronized void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            b.write(bytes, off, len);
        }

        @Override
        public synchronized void flush() throws IOException {
            a.flush();
            b.flush();
        }
    }
}
