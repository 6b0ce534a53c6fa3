package org.strowger.core.internal.dialplan.expr;

/**
 * A token of the expression lexer. {@link #start} is the offset the syntax error caret points at.
 */
record Token(Type type, String text, boolean numeric, int start) {

    /**
     * The token kinds, in the order of their symbol numbers in the bison 2.4.1 parser Asterisk ships
     * (main/ast_expr2.c), which is the order its error messages list expected tokens in. {@link #display}
     * is what ast_yyerror prints after its token-name substitution, quirks included: its table replaces
     * the {@code TOK_EQ} prefix of {@code TOK_EQTILDE} and has no entry for {@code TOK_TILDETILDE}.
     */
    enum Type {
        END("$end"),
        COMMA("','"),
        COLONCOLON("'::'"),
        COND("'?'"),
        OR("'|'"),
        AND("'&'"),
        NE("'!='"),
        LE("'<='"),
        GE("'>='"),
        LT("'<'"),
        GT("'>'"),
        EQ("'='"),
        MINUS("'-'"),
        PLUS("'+'"),
        MOD("'%'"),
        DIV("'/'"),
        MULT("'*'"),
        COMPL("'!'"),
        TILDETILDE("TOK_TILDETILDE"),
        EQTILDE("'='TILDE"),
        COLON("':'"),
        LP("'('"),
        RP("')'"),
        TOKEN("'<token>'");

        final String display;

        Type(String display) {
            this.display = display;
        }

        boolean startsOperand() {
            return this == TOKEN || this == LP || this == MINUS || this == COMPL;
        }
    }
}
