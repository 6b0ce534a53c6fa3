package org.strowger.core.internal.dialplan.expr;

import java.util.ArrayList;
import java.util.List;

/**
 * Precedence climbing over the grammar of main/ast_expr2.y, evaluating as it reduces. From low to high:
 * {@code ?:}/{@code ::} | {@code |} | {@code &} | comparisons | {@code + -} | {@code * / %} | unary
 * {@code - !} | {@code : =~ ~~}; all binary operators are left-associative, the middle of a ternary is
 * a full expression, and a word directly followed by {@code (} is a function call.
 *
 * <p>Errors behave as the bison parser's do: a syntax error normally gives "0", but bison reduces a
 * complete top-level expression before it looks at the offending token, so {@code $[1 + 2 3]} gives 3
 * (and {@code $[)]} gives the empty string), each with the same warning.
 */
final class Parser {

    private static final String EXPECTING_OPERAND = ", expecting '-' or '!' or '(' or '<token>'";
    private static final String EXPECTING_END = ", expecting $end";
    private static final String EXPECTING_ARGUMENT_SEPARATOR = ", expecting ',' or ')'";

    /** The parse result and, when the input had a syntax error, its message and where it was seen. */
    record Outcome(Value value, String syntaxError, int errorOffset) {
    }

    private static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final Token token;
        final String message;

        SyntaxError(Token token, String expecting) {
            this(token, "syntax error, unexpected " + token.type().display + expecting, true);
        }

        SyntaxError(Token token, String message, boolean literal) {
            super(null, null, false, false);
            this.token = token;
            this.message = message;
        }
    }

    /** Bison's YYMAXDEPTH: deeper nesting fails with "memory exhausted" (and would overflow our stack). */
    private static final int MAX_NESTING = 10_000;

    private final Lexer lexer;
    private int nesting;
    private final Operators operators;
    private final Functions functions;
    private Token lookahead;

    Parser(String input, Operators operators, Functions functions) {
        this.lexer = new Lexer(input);
        this.operators = operators;
        this.functions = functions;
        this.lookahead = lexer.next();
    }

    Outcome parse() {
        try {
            Value value = lookahead.type().startsOperand() ? expression(1) : Value.EMPTY_STRING;
            if (lookahead.type() != Token.Type.END) {
                SyntaxError error = new SyntaxError(lookahead, EXPECTING_END);
                return new Outcome(value, error.message, error.token.start());
            }
            return new Outcome(value, null, -1);
        } catch (SyntaxError error) {
            return new Outcome(null, error.message, error.token.start());
        } catch (StackOverflowError deep) {
            // a thread with a small stack gives up before bison's limit: the same failure, reported the same way
            return new Outcome(null, "memory exhausted", lookahead.start());
        }
    }

    private Token take() {
        Token token = lookahead;
        lookahead = lexer.next();
        return token;
    }

    /** Binary precedence of a token, 0 when it does not continue an expression. */
    private static int precedence(Token.Type type) {
        return switch (type) {
            case COND -> 1;
            case OR -> 2;
            case AND -> 3;
            case EQ, GT, LT, GE, LE, NE -> 4;
            case PLUS, MINUS -> 5;
            case MULT, DIV, MOD -> 6;
            case COLON, EQTILDE, TILDETILDE -> 8;
            default -> 0;
        };
    }

    /** The unary operators sit at level 7, between {@code * / %} and {@code : =~ ~~}. */
    private static final int UNARY_OPERAND = 8;

    private Value expression(int minimumPrecedence) throws SyntaxError {
        Value left = operand();
        while (true) {
            Token.Type type = lookahead.type();
            int precedence = precedence(type);
            if (precedence == 0 || precedence < minimumPrecedence) {
                return left;
            }
            take();
            if (type == Token.Type.COND) {
                Value whenTrue = expression(1);
                if (lookahead.type() != Token.Type.COLONCOLON) {
                    throw new SyntaxError(lookahead, "");
                }
                take();
                Value whenFalse = expression(precedence + 1);
                left = operators.conditional(left, whenTrue, whenFalse);
            } else {
                Value right = expression(precedence + 1);
                left = apply(type, left, right);
            }
        }
    }

    private Value operand() throws SyntaxError {
        Token token = lookahead;
        if (++nesting > MAX_NESTING) {
            throw new SyntaxError(token, "memory exhausted", true);
        }
        try {
            return nestedOperand(token);
        } finally {
            nesting--;
        }
    }

    private Value nestedOperand(Token token) throws SyntaxError {
        switch (token.type()) {
            case MINUS -> {
                take();
                return operators.negate(expression(UNARY_OPERAND));
            }
            case COMPL -> {
                take();
                return operators.not(expression(UNARY_OPERAND));
            }
            case LP -> {
                take();
                Value inner = expression(1);
                if (lookahead.type() != Token.Type.RP) {
                    throw new SyntaxError(lookahead, "");
                }
                take();
                return inner;
            }
            case TOKEN -> {
                take();
                if (lookahead.type() == Token.Type.LP) {
                    take();
                    return functions.call(token.text(), arguments());
                }
                return Value.token(token.text(), token.numeric());
            }
            default -> throw new SyntaxError(token, EXPECTING_OPERAND);
        }
    }

    /** {@code arglist}: one expression, then ',' with an expression or nothing (an empty argument). */
    private List<Value> arguments() throws SyntaxError {
        List<Value> args = new ArrayList<>(2);
        args.add(expression(1));
        while (true) {
            switch (lookahead.type()) {
                case COMMA -> {
                    take();
                    args.add(lookahead.type().startsOperand() ? expression(1) : Value.EMPTY_STRING);
                }
                case RP -> {
                    take();
                    return args;
                }
                default -> throw new SyntaxError(lookahead, EXPECTING_ARGUMENT_SEPARATOR);
            }
        }
    }

    private Value apply(Token.Type operator, Value left, Value right) {
        return switch (operator) {
            case OR -> operators.or(left, right);
            case AND -> operators.and(left, right);
            case EQ -> operators.compare(Operators.Comparison.EQ, left, right);
            case NE -> operators.compare(Operators.Comparison.NE, left, right);
            case LT -> operators.compare(Operators.Comparison.LT, left, right);
            case GT -> operators.compare(Operators.Comparison.GT, left, right);
            case LE -> operators.compare(Operators.Comparison.LE, left, right);
            case GE -> operators.compare(Operators.Comparison.GE, left, right);
            case PLUS -> operators.plus(left, right);
            case MINUS -> operators.minus(left, right);
            case MULT -> operators.times(left, right);
            case DIV -> operators.divide(left, right);
            case MOD -> operators.remainder(left, right);
            case COLON -> operators.match(left, right, true);
            case EQTILDE -> operators.match(left, right, false);
            case TILDETILDE -> operators.concatenate(left, right);
            default -> throw new IllegalStateException("not a binary operator: " + operator);
        };
    }
}
