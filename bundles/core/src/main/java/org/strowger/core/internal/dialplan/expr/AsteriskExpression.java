package org.strowger.core.internal.dialplan.expr;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asterisk's {@code $[...]} expressions ({@code ast_expr()} / {@code ast_str_expr()}, main/ast_expr2.y
 * and main/ast_expr2.fl), with the same results, number printing and warnings, and
 * {@code pbx_checkcondition()} for the applications that test a value for truth.
 */
public final class AsteriskExpression {

    private static final Logger LOG = LoggerFactory.getLogger(AsteriskExpression.class);

    /** What ast_yyerror adds after every syntax error. */
    static final String SYNTAX_ERROR_HELP =
            "If you have questions, please refer to https://wiki.asterisk.org/wiki/display/AST/Channel+Variables";

    private AsteriskExpression() {
    }

    /** The text of an evaluation and the log lines it produced. */
    record Evaluation(String result, List<Diagnostics.Message> messages) {
    }

    /**
     * Evaluates an expression that has no channel: dialplan functions inside it ({@code $[LEN(x)]})
     * give 0 with Asterisk's error, the built-in math functions work. Never throws.
     */
    public static String evaluate(String expression) {
        return evaluate(expression, null);
    }

    /**
     * Evaluates an expression, the text between {@code $[} and {@code ]} after variable substitution.
     * A syntax error is logged as Asterisk logs it and gives Asterisk's result (usually "0"). Never throws.
     *
     * @param dialplanFunctions reads {@code NAME(args)} the way {@code ${NAME(args)}} does, for function
     *                          calls inside the expression; null when there is no channel
     */
    public static String evaluate(String expression, Function<String, Optional<String>> dialplanFunctions) {
        Evaluation evaluation = evaluateWithMessages(expression, dialplanFunctions);
        for (Diagnostics.Message message : evaluation.messages()) {
            switch (message.level()) {
                case ERROR -> LOG.error("{}", message.text());
                case WARNING -> LOG.warn("{}", message.text());
                default -> LOG.info("{}", message.text());
            }
        }
        return evaluation.result();
    }

    static Evaluation evaluateWithMessages(String expression, Function<String, Optional<String>> dialplanFunctions) {
        Diagnostics log = new Diagnostics();
        String result;
        try {
            Operators operators = new Operators(log);
            Parser.Outcome outcome = new Parser(expression, operators, new Functions(log, operators, dialplanFunctions)).parse();
            if (outcome.syntaxError() != null) {
                log.warning("ast_yyerror():  syntax error: " + outcome.syntaxError() + "; Input:\n"
                        + expression + "\n" + " ".repeat(outcome.errorOffset()) + "^");
                log.warning(SYNTAX_ERROR_HELP);
            }
            // bison never ran the start rule's action: ast_expr() then writes "0"
            result = outcome.value() == null ? "0" : outcome.value().asText();
        } catch (RuntimeException e) {
            // a bug here must not take a call down: report it and answer as a failed parse does
            LOG.error("Expression '{}' could not be evaluated", expression, e);
            result = "0";
        }
        return new Evaluation(result, log.messages());
    }

    /**
     * {@code pbx_checkcondition()}: the empty string is false, text that starts with an integer (after
     * blanks, as {@code sscanf("%30d")} reads it) is that integer's truth, any other text is true.
     */
    public static boolean isTrue(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        int i = 0;
        int n = value.length();
        while (i < n && LongDouble.isCSpace(value.charAt(i))) {
            i++;
        }
        int fieldEnd = Math.min(n, i + 30);
        int digitsStart = i;
        if (i < fieldEnd && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
            digitsStart++;
        }
        int digitsEnd = digitsStart;
        while (digitsEnd < fieldEnd && value.charAt(digitsEnd) >= '0' && value.charAt(digitsEnd) <= '9') {
            digitsEnd++;
        }
        if (digitsEnd == digitsStart) {
            return true;
        }
        return Operators.atoi(value.substring(i, digitsEnd)) != 0;
    }
}
