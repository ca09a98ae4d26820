package org.polc.syntax;

import java.util.List;
import java.util.Optional;
import org.polc.diagnostics.Span;
import org.polc.syntax.Declarations.Budget;
import org.polc.syntax.Declarations.Calculator;
import org.polc.syntax.Declarations.Definition;
import org.polc.syntax.Declarations.Eligibility;
import org.polc.syntax.Declarations.Example;
import org.polc.syntax.Declarations.Input;
import org.polc.syntax.Declarations.Rounding;
import org.polc.syntax.Declarations.Target;
import org.polc.syntax.Declarations.Text;
import org.polc.syntax.Declarations.Validity;

/**
 * The tree of one {@code .pol} file: an optional policy header and the Parts it holds.
 *
 * @param syntaxErrors the numbers of the clauses in which the parser reported an error and repaired
 *     the tree (0 for an error outside any clause); such a clause is checked for names and types but
 *     not proven or run, since its tree is a guess
 */
public record Document(Optional<Header> header, List<Part> parts, java.util.Set<Integer> syntaxErrors) {

    public Document withSyntaxErrors(java.util.Set<Integer> clauses) {
        return new Document(header, parts, java.util.Set.copyOf(clauses));
    }

    /** 政策 title, with the document-wide validity and rounding. */
    public record Header(Span span, String title, Optional<Validity> validity, Optional<Rounding> rounding,
            List<Text> texts, List<Budget> budgets, List<Target> targets) {}

    /** 部分 二 科技创新政策. */
    public record Part(Span span, int number, String title, List<String> leads, Optional<Text> text,
            List<Target> targets, List<Budget> budgets, List<Clause> clauses) {}

    /** 条款 十四 更大力度实施企业研发投入补助政策. */
    public record Clause(Span span, int number, String title, Optional<Text> text, Optional<Validity> validity,
            Optional<Rounding> rounding, List<Input> inputs, List<Definition> definitions,
            List<Calculator> calculators, List<Eligibility> eligibilities, List<Example> examples,
            List<Budget> budgets, List<Target> targets) {}
}
