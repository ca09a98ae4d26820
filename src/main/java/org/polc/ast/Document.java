package org.polc.ast;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.polc.ast.Declarations.Budget;
import org.polc.ast.Declarations.Calculator;
import org.polc.ast.Declarations.Definition;
import org.polc.ast.Declarations.Eligibility;
import org.polc.ast.Declarations.Example;
import org.polc.ast.Declarations.Input;
import org.polc.ast.Declarations.Rounding;
import org.polc.ast.Declarations.Target;
import org.polc.ast.Declarations.Text;
import org.polc.ast.Declarations.Validity;
import org.polc.diagnostics.Span;

/**
 * The tree of one {@code .pol} file: an optional policy header and the Parts it holds.
 *
 * @param syntaxErrors the numbers of the clauses in which the parser reported an error and repaired
 *     the tree (0 for an error outside any clause); such a clause is checked for names and types but
 *     not proven or run, since its tree is a guess
 */
public record Document(Optional<Header> header, List<Part> parts, Set<Integer> syntaxErrors) {

    public Document {
        parts = List.copyOf(parts);
        syntaxErrors = Set.copyOf(syntaxErrors);
    }

    /** 政策 title, with the document-wide validity and rounding. */
    public record Header(Span span, String title, Optional<Validity> validity, Optional<Rounding> rounding,
            List<Text> texts, List<Budget> budgets, List<Target> targets) {
        public Header {
            texts = List.copyOf(texts);
            budgets = List.copyOf(budgets);
            targets = List.copyOf(targets);
        }
    }

    /** 部分 二 科技创新政策. */
    public record Part(Span span, int number, String title, List<String> leads, Optional<Text> text,
            List<Target> targets, List<Budget> budgets, List<Clause> clauses) {
        public Part {
            leads = List.copyOf(leads);
            targets = List.copyOf(targets);
            budgets = List.copyOf(budgets);
            clauses = List.copyOf(clauses);
        }
    }

    /** 条款 十四 更大力度实施企业研发投入补助政策. */
    public record Clause(Span span, int number, String title, Optional<Text> text, Optional<Validity> validity,
            Optional<Rounding> rounding, List<Input> inputs, List<Definition> definitions,
            List<Calculator> calculators, List<Eligibility> eligibilities, List<Example> examples,
            List<Budget> budgets, List<Target> targets) {
        public Clause {
            inputs = List.copyOf(inputs);
            definitions = List.copyOf(definitions);
            calculators = List.copyOf(calculators);
            eligibilities = List.copyOf(eligibilities);
            examples = List.copyOf(examples);
            budgets = List.copyOf(budgets);
            targets = List.copyOf(targets);
        }
    }
}
