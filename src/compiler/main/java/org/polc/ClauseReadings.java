package org.polc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.polc.diagnostics.SourceFile;
import org.polc.diagnostics.Span;
import org.polc.model.Clause;
import org.polc.model.Part;
import org.polc.model.Program;
import org.polc.syntax.Readings;

/**
 * The readings (解读 comments) of a checked document, by clause and Part: what the catalog prints beside
 * each clause. Read from the source files the model's spans name, with {@link Readings}.
 */
public final class ClauseReadings {

    private final Map<String, Readings.InFile> files;

    private ClauseReadings(Map<String, Readings.InFile> files) {
        this.files = files;
    }

    public static ClauseReadings of(Program program) {
        Map<String, SourceFile> sources = new LinkedHashMap<>();
        // the header's file: the model keeps no span of the header itself, but of everything declared in it
        List<Span> header = new ArrayList<>();
        program.budgets().forEach(b -> header.add(b.span()));
        program.targets().forEach(t -> header.add(t.span()));
        program.facts().forEach(f -> header.add(f.span()));
        program.narratives().forEach(n -> header.add(n.span()));
        header.forEach(span -> sources.putIfAbsent(span.source().displayName(), span.source()));
        for (Part part : program.parts()) {
            sources.putIfAbsent(part.span().source().displayName(), part.span().source());
            for (Clause clause : part.clauses()) {
                sources.putIfAbsent(clause.span().source().displayName(), clause.span().source());
            }
        }
        Map<String, Readings.InFile> files = new LinkedHashMap<>();
        sources.forEach((name, source) -> files.put(name, Readings.of(source)));
        return new ClauseReadings(files);
    }

    /** The clause's readings, in source order; empty when it has none. */
    public List<String> clause(Clause clause) {
        Readings.InFile file = files.get(clause.span().source().displayName());
        return file == null ? List.of() : file.clause(clause.number());
    }

    /** The readings under the 政策 header: about the closing section and the document as a whole. */
    public List<String> header() {
        List<String> out = new ArrayList<>();
        files.values().forEach(f -> out.addAll(f.header()));
        return List.copyOf(out);
    }

    /** The readings under the Part's heading, before its first clause, in every file that holds a piece of it. */
    public List<String> part(Part part) {
        List<String> out = new ArrayList<>();
        files.values().forEach(f -> out.addAll(f.part(part.number())));
        return List.copyOf(out);
    }
}
