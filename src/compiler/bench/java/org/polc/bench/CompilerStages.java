package org.polc.bench;

import com.palantir.javapoet.JavaFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.polc.ast.Document;
import org.polc.check.Checker;
import org.polc.codegen.JavaGenerator;
import org.polc.codegen.JavaNameCheck;
import org.polc.diagnostics.Diagnostics;
import org.polc.diagnostics.SourceFile;
import org.polc.model.Program;
import org.polc.syntax.PolParsing;
import org.polc.verify.Verifier;

/**
 * Where the compiler's time goes: the stages of {@code Compiler} (parse, check, cap proofs, Java names,
 * examples, 单调 checks) and of generation (JavaPoet trees, then their source text), timed one by one
 * for one policy folder, run after run in one JVM. Run 0 is the cold one (classes loaded, code
 * interpreted, ANTLR's DFA empty); the later runs show the warm cost. The files are read once, before
 * run 0.
 *
 * <pre>
 * java -Xss8m -cp target/test-classes:target/polc-0.1.0-SNAPSHOT-cli.jar org.polc.bench.CompilerStages policies/hangzhou2024 20
 * </pre>
 * (after {@code mvn -B -o -q -Pbench -DskipTests test-compile} and {@code ./polc --version}, which builds the jar).
 */
public final class CompilerStages {

    private CompilerStages() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Thread worker = new Thread(null, () -> {
            try {
                run(folder, runs);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "stages", 1L << 30);
        worker.start();
        worker.join();
    }

    private static void run(Path folder, int runs) throws Exception {
        List<SourceFile> sources = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".pol")).sorted().toList()) {
                sources.add(SourceFile.of(p, Files.readString(p)));
            }
        }
        String id = folder.getFileName().toString();
        System.out.printf("%4s %7s %7s %7s %7s %9s %9s %9s %7s %7s  (ms)%n", "run", "parse", "check", "caps", "names", "examples",
                "monotone", "generate", "text", "total");
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            Diagnostics d = new Diagnostics();
            List<Map.Entry<SourceFile, Document>> documents = new ArrayList<>();
            for (SourceFile s : sources) {
                documents.add(new AbstractMap.SimpleEntry<>(s, PolParsing.parse(s, d)));
            }
            long t1 = System.nanoTime();
            Program program = Checker.check(id, documents, d);
            long t2 = System.nanoTime();
            Verifier.caps(program, d);
            long t3 = System.nanoTime();
            JavaNameCheck.run(program, d);
            long t4 = System.nanoTime();
            Verifier.examples(program, d);
            long t5 = System.nanoTime();
            Verifier.monotonicity(program, d);
            long t6 = System.nanoTime();
            if (d.hasErrors()) {
                throw new IllegalStateException(folder + " has " + d.errorCount() + " errors");
            }
            List<JavaFile> files = JavaGenerator.generate(program, c -> c.span().source().displayName());
            long t7 = System.nanoTime();
            long chars = 0;
            for (JavaFile f : files) {
                chars += f.toString().length();
            }
            long t8 = System.nanoTime();
            System.out.printf("%4d %7.0f %7.0f %7.0f %7.0f %9.0f %9.0f %9.0f %7.0f %7.0f%n", r, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                    ms(t4 - t3), ms(t5 - t4), ms(t6 - t5), ms(t7 - t6), ms(t8 - t7), ms(t8 - t0));
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
