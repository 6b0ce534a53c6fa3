package org.strowger.core.internal.dialplan.expr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.Test;

/**
 * Conformance of {@code $[...]} with Asterisk: the grammar and actions of main/ast_expr2.y, the scanner
 * main/ast_expr2.fl, the expected results of Asterisk's own tests/test_expr.c, and the facts checked on
 * Asterisk 22 (asterisk-behaviour.md section 6). Each case names the rule it checks.
 */
public class AsteriskExpressionTest {

    private static String eval(String expression) {
        return AsteriskExpression.evaluateWithMessages(expression, null).result();
    }

    private static List<String> messages(String expression) {
        return AsteriskExpression.evaluateWithMessages(expression, null).messages().stream()
                .map(Diagnostics.Message::text).collect(Collectors.toList());
    }

    private static void check(String rule, String expression, String expected) {
        assertEquals(rule + ": $[" + expression + "]", expected, eval(expression));
    }

    /** tests/test_expr.c, the table Asterisk runs against ast_expr() (input, expected output). */
    @Test
    public void asteriskOwnExpressionTestTable() {
        String[][] table = {
            {"2 + 2", "4"}, {"      2     +       2            ", "4"}, {"", ""}, {"2 - 4", "-2"}, {"4 - 2", "2"},
            {"-4 - -2", "-2"}, {"4 + 2 * 8", "20"}, {"(4 + 2) * 8", "48"}, {"4 + (2 * 8)", "20"},
            {"4 + (2 * 8) ? 3 :: 6", "3"}, {"4 + 8 / 2", "8"}, {"FLOOR(4 + 8 / 3)", "6"}, {"(4+8) / 3", "4"},
            {"4 + 8 % 3", "6"}, {"4 + 9 % 3", "4"}, {"(4+9) %3", "1"}, {"(4+8) %3", "0"}, {"(4+9) % 3", "1"},
            {"(4+8) % 3", "0"}, {"(4+9)% 3", "1"}, {"(4+8)% 3", "0"}, {"4 & 4", "4"}, {"0 & 4", "0"},
            {"0 & 0", "0"}, {"2 | 0", "2"}, {"2 | 4", "2"}, {"0 | 0", "0"}, {"!0 | 0", "1"}, {"!4 | 0", "0"},
            {"4 | !0", "4"}, {"!4 | !0", "1"}, {"0", "0"}, {"!0", "1"}, {"00", "00"}, {"!00", "1"}, {"1", "1"},
            {"!1", "0"}, {"01", "01"}, {"!01", "0"}, {"3 < 4", "1"}, {"4 < 3", "0"}, {"3 > 4", "0"},
            {"4 > 3", "1"}, {"3 = 3", "1"}, {"3 = 4", "0"}, {"3 != 3", "0"}, {"3 != 4", "1"}, {"3 >= 4", "0"},
            {"3 >= 3", "1"}, {"4 >= 3", "1"}, {"3 <= 4", "1"}, {"4 <= 3", "0"}, {"4 <= 4", "1"},
            {"3 > 4 & 4 < 3", "0"}, {"4 > 3 & 3 < 4", "1"}, {"x = x", "1"}, {"y = x", "0"}, {"x != y", "1"},
            {"x != x", "0"},
            {"\"Something interesting\" =~ interesting", "11"},
            {"\"Something interesting\" =~ Something", "9"},
            {"\"Something interesting\" : Something", "9"},
            {"\"Something interesting\" : interesting", "0"},
            {"\"Something interesting\" =~ \"interesting\"", "11"},
            {"\"Something interesting\" =~ \"Something\"", "9"},
            {"\"Something interesting\" : \"Something\"", "9"},
            {"\"Something interesting\" : \"interesting\"", "0"},
            {"\"Something interesting\" =~ (interesting)", "11"},
            {"\"Something interesting\" =~ (Something)", "9"},
            {"\"Something interesting\" : (Something)", "9"},
            {"\"Something interesting\" : (interesting)", "0"},
            {"\"Something interesting\" =~ \"\\(interesting\\)\"", "0"},
            {"\"Something interesting\" =~ \"\\(Something\\)\"", "0"},
            {"\"Something interesting\" : \"\\(Something\\)\"", "0"},
            {"\"Something interesting\" : \"\\(interesting\\)\"", "0"},
            {"\"011043567857575\" : \"011\\(..\\)\"", "0"},
            {"\"9011043567857575\" : \"011\\(..\\)\"", "0"},
            {"\"011043567857575\" =~ \"011\\(..\\)\"", "0"},
            {"\"9011043567857575\" =~ \"011\\(..\\)\"", "0"},
            {"\"Something interesting\" =~ \"(interesting)\"", "interesting"},
            {"\"Something interesting\" =~ \"(Something)\"", "Something"},
            {"\"Something interesting\" : \"(Something)\"", "Something"},
            {"\"Something interesting\" : \"(interesting)\"", ""},
            {"\"011043567857575\" : \"011(..)\"", "04"},
            {"\"9011043567857575\" : \"011(..)\"", ""},
            {"\"011043567857575\" =~ \"011(..)\"", "04"},
            {"\"9011043567857575\" =~ \"011(..)\"", "04"},
            {"3", "3"}, {"something", "something"}, {"043", "043"},
            {"${GLOBAL(ULKOPREFIX)}9${x}", "${GLOBAL(ULKOPREFIX)}9${x}"},
            {"512059${x}", "512059${x}"},
        };
        for (String[] row : table) {
            check("test_expr.c", row[0], row[1]);
        }
    }

    /** Section 6, checked on Asterisk 22. */
    @Test
    public void factsCheckedOnAsterisk22() {
        check("arithmetic is floating point", "7 / 2", "3.5");
        check("arithmetic is floating point", "1.5 + 1", "2.5");
        check("numbers compare as numbers when both sides are numbers", "010 = 10", "1");
        check("an unquoted name( is a function call, so a group needs quotes", "foobar : \"f(oo)\"", "oo");
        check("':' without a group gives the length matched", "abc : a.", "2");
    }

    // ---- the scanner (ast_expr2.fl)

    @Test
    public void spacesAroundOperatorsAreOptional() {
        check("operators are tokens of their own", "1+1", "2");
        check("operators are tokens of their own", "3*4-2", "10");
        check("operators are tokens of their own", "(1+2)*3", "9");
        check("two-character operators", "1==1", "1");
        check("two-character operators", "2>=3", "0");
        check("'-' ends a word: a-b is a minus b (non-numeric, so -b is 0)", "5-3", "2");
    }

    @Test
    public void wordsRunOverLettersDigitsAndSomePunctuation() {
        check("'.' is a word character: 1.2.3 is one string token", "1.2.3", "1.2.3");
        check("a number with a trailing dot is a string token, not a number", "1. + 1", "1");
        check("a word keeps its text", "foo.bar@host#1", "foo.bar@host#1");
        check("'$' followed by anything but '{' belongs to the word", "a$b", "a$b");
        check("1e3 is a word, not a number", "1e3 = 1000", "0");
    }

    @Test
    public void numbersKeepTheirTextUntilAnOperatorConvertsThem() {
        check("a numeric token prints as typed", "010", "010");
        check("a numeric token prints as typed", "1.50", "1.50");
        check("arithmetic converts and prints with %.18Lg", "010 + 0", "10");
        check("arithmetic converts and prints with %.18Lg", "1.50 * 1", "1.5");
    }

    @Test
    public void quotedStringsAreOneTokenAndKeepTheirQuotes() {
        check("a quoted string keeps its quotes in the result", "\"abc\"", "\"abc\"");
        check("a quoted string may contain blanks and operators", "\"a + b\"", "\"a + b\"");
        check("a quoted number is a string: compared as text, quotes included", "\"10\" = 10", "0");
        check("a lone quote is dropped by the scanner", "\"abc", "abc");
    }

    @Test
    public void charactersNoRuleMatchesAreDropped() {
        check("'[' ']' '{' '}' match no rule and vanish", "[5]", "5");
        check("a single '~' vanishes", "~7", "7");
    }

    @Test
    public void unexpandedVariableReferencesAreOneToken() {
        check("${...} and what sticks to it is one token", "${X}abc", "${X}abc");
        check("nested braces are counted", "${A{B}C}d", "${A{B}C}d");
        check("an unterminated ${ ends the input", "a ${b", "a");
        // yymore() + unput(): the blank that ends "${X} " stays in the token and is scanned again
        check("the character that ends the token stays in it", "${X} = ${X}", "0");
    }

    // ---- precedence and associativity (the %left/%right lines of ast_expr2.y)

    @Test
    public void precedenceFromLowToHigh() {
        check("'|' is below '&'", "1 | 0 & 0", "1");
        check("'&' is below comparisons", "2 & 3 = 3", "2");
        check("comparisons are below '+'", "1 + 1 = 2", "1");
        check("'+' is below '*'", "2 + 3 * 4", "14");
        check("'*' is below unary minus", "-2 * 3", "-6");
        check("unary minus is below ':' (it negates the match)", "-abc : a", "-1");
        check("'!' is below ':'", "!abc : x", "1");
        check("'~~' binds tighter than '+'", "1 ~~ 2 + 3", "15");
        check("the ternary is the lowest", "1 | 0 ? a :: b", "a");
        check("parentheses first", "(1 + 2) * 3", "9");
    }

    @Test
    public void binaryOperatorsAreLeftAssociative() {
        check("left to right", "10 - 3 - 2", "5");
        check("left to right", "100 / 10 / 5", "2");
        check("left to right", "2 * 3 % 4", "2");
        check("comparisons chain as numbers", "3 > 2 > 1", "0");
        check("the ternary is left-associative", "0 ? 3 :: 0 ? 5 :: 6", "6");
        check("the ternary's middle is a full expression", "1 ? 2 ? 3 :: 4 :: 5", "3");
        check("the ternary's last operand takes higher operators", "0 ? 1 :: 2 + 3", "5");
    }

    @Test
    public void unaryOperatorsNest() {
        check("double negation", "- -5", "5");
        check("'--' is two minus tokens", "--5", "5");
        check("negation of a not", "-!0", "-1");
        check("binary minus of a negative", "1 - -1", "2");
    }

    // ---- numeric and string comparison (op_eq ... op_ne)

    @Test
    public void comparisonsAreNumericOnlyWhenBothSidesAreNumbers() {
        check("leading zeros do not matter numerically", "010 = 10", "1");
        check("decimal forms compare numerically", "1 = 1.0", "1");
        check("numeric comparison, not text", "9 < 10", "1");
        check("text comparison when a side is a string", "\"abc\" < \"abd\"", "1");
        check("strcmp order in the C locale: capitals first", "B < a", "1");
        check("a number against a word compares text", "1 < a", "1");
        check("a longer string with the same prefix is greater", "abc > ab", "1");
        check("!= on strings", "abc != abd", "1");
        check("a computed number against a string compares its printed form", "(1 + 1) = 2x", "0");
    }

    // ---- arithmetic (op_plus ... op_rem) and printing

    @Test
    public void arithmeticIsLongDoubleAndPrintsWithEighteenDigits() {
        check("%.18Lg of 10/3", "10 / 3", "3.33333333333333333");
        check("%.18Lg of 1/3", "1 / 3", "0.333333333333333333");
        check("long double makes 0.1 + 0.2 print as 0.3", "0.1 + 0.2", "0.3");
        check("integers print without a decimal point", "2.5 * 4", "10");
        check("negative division", "-7 / 2", "-3.5");
        check("%g switches to exponent notation at 18 digits", "99999999999999999999 + 1", "1e+20");
        check("%g switches to exponent notation below 1e-4", "0.00001 * 1", "1e-05");
        check("the sign of zero survives", "0 * -1", "-0");
        check("x - x is +0", "0.5 - 0.5", "0");
    }

    @Test
    public void remainderIsFmod() {
        check("fmod", "5 % 3", "2");
        check("fmod keeps the dividend's sign", "-7 % 3", "-1");
        check("fmod ignores the divisor's sign", "3 % -2", "1");
        check("fmod of fractions", "5.5 % 2", "1.5");
    }

    @Test
    public void divisionByZeroGivesIntMaxAndAWarning() {
        check("op_div returns INT_MAX for a zero divisor", "1 / 0", "2147483647");
        assertEquals(List.of("division by zero"), messages("1 / 0"));
        check("op_rem returns the zero divisor", "1 % 0", "0");
        assertEquals(List.of("div by zero"), messages("1 % 0"));
    }

    @Test
    public void nonNumericOperandsWarnAndFallBack() {
        check("op_plus: a string left side gives the right side", "abc + 1", "1");
        assertEquals(List.of("non-numeric argument"), messages("abc + 1"));
        check("op_plus: a string right side gives the left side, silently", "1 + abc", "1");
        assertEquals(List.of(), messages("1 + abc"));
        check("op_minus: a string left side gives the negated right side", "abc - 1", "-1");
        check("op_minus: a string right side gives the left side", "1 - abc", "1");
        check("op_times: any string gives 0", "abc * 2", "0");
        check("op_div: a string dividend gives 0", "abc / 2", "0");
        check("op_div: a string divisor gives INT_MAX", "2 / abc", "2147483647");
        check("op_negate: a string gives 0", "-abc", "0");
        check("op_plus converts the numeric side it returns", "abc + 05", "5");
    }

    // ---- logic (op_or, op_and, op_compl)

    @Test
    public void orAndReturnOperandsNotBooleans() {
        check("'|' returns the left side when it is true", "a | b", "a");
        check("'|' returns the right side when the left is zero", "0 | b", "b");
        check("'|' converts the numeric left side it returns", "05 | 0", "5");
        check("an empty quoted string is not empty: it has its quotes", "\"\" | b", "\"\"");
        check("'&' returns the left side when both are true", "a & b", "a");
        check("'&' returns 0 when either is zero", "a & 0", "0");
        check("'||' and '&&' are the same operators", "0 || 3", "3");
        check("'||' and '&&' are the same operators", "2 && 0", "0");
    }

    @Test
    public void notUsesAtoiOnText() {
        check("!\"\" : the quoted string is text whose atoi is 0", "!\"\"", "1");
        check("!word is 1 (atoi 0)", "!abc", "1");
        check("!5abc is 0 (atoi 5)", "!5abc", "0");
        check("!0.5 is 1 (atoi 0)", "!0.5", "1");
        check("!1.5 is 0 (atoi 1)", "!1.5", "0");
        check("!-5 negates a number", "!-5", "0");
    }

    // ---- regular expressions (op_colon, op_eqtilde)

    @Test
    public void colonIsAnchoredAtTheStartAndEqTildeIsNot() {
        check("':' anchored: no match in the middle", "abc : b", "0");
        check("'=~' unanchored: matches in the middle", "abc =~ b", "1");
        check("'=~' returns the first group", "abc =~ \"b(c)\"", "c");
        check("the first group even when others follow", "ab : \"(a)(b)\"", "a");
        check("a group that did not take part gives the match length", "abc : \"a(x)?\"", "1");
        check("no match with a group gives the empty string", "abc : \"(x)\"", "");
        check("no match without a group gives 0", "abc : x", "0");
        check("the match is longest at the leftmost position (POSIX)", "ab : \"(a|ab)\"", "ab");
        check("'$' only matches at the very end", "abc : \"a$\"", "0");
        check("a group's digits are a numeric string", "\"tel:1234\" : \"tel:([0-9]+)\" + 1", "1235");
        check("quotes are stripped from both sides before matching", "\"a b\" : \"a (b)\"", "b");
    }

    @Test
    public void posixBracketExpressionsAndRepetitions() {
        check("character classes", "a5 : \"a[[:digit:]]\"", "2");
        check("']' first in a bracket is literal", "\"a]\" : \"a[]x]\"", "2");
        check("a '.' inside brackets is literal", "a.b : \"a[.]b\"", "3");
        check("intervals", "aaa : \"a{2}\"", "2");
        check("an interval without a minimum", "aa : \"a{,2}\"", "2");
        check("stacked repetitions repeat the repetition", "aaa : \"a+*\"", "3");
    }

    @Test
    public void badPatternsGiveRegcompsWarningAndTheEmptyString() {
        check("unmatched parenthesis", "1 : \"(\"", "");
        assertEquals(List.of("regcomp() error : Unmatched ( or \\("), messages("1 : \"(\""));
        assertEquals(List.of("regcomp() error : Invalid preceding regular expression"), messages("a : \"*a\""));
        assertEquals(List.of("regcomp() error : Unmatched \\{"), messages("a : \"a{\""));
        assertEquals(List.of("regcomp() error : Invalid range end"), messages("a : \"[b-a]\""));
        assertEquals(List.of("regcomp() error : Invalid character class name"), messages("a : \"[[:foo:]]\""));
    }

    @Test
    public void matchingWorksOnBytesAsTheCLocaleDoes() {
        check("'.' matches one byte of a UTF-8 character", "é : \".\"", "1");
        check("the length counts bytes", "é : \".*\"", "2");
        check("a captured group comes back as text", "éa =~ \"(..)a\"", "é");
    }

    // ---- ternary and concatenation

    @Test
    public void ternaryTruth() {
        check("a word is true", "a ? b :: c", "b");
        check("0 is false", "0 ? b :: c", "c");
        check("the quoted empty string is false", "\"\" ? b :: c", "c");
        check("a numeric condition is converted", "00 ? b :: c", "c");
        check("the chosen branch is returned as it is", "1 ? 010 :: 2", "010");
    }

    @Test
    public void tildeTildeConcatenatesWithoutQuotes() {
        check("concatenation", "a ~~ b", "ab");
        check("quotes are stripped", "\"a b\" ~~ \"c\"", "a bc");
        check("numbers are printed first", "(1 / 4) ~~ x", "0.25x");
        check("the result is numeric when it looks like a number", "1 ~~ 2 + 3", "15");
    }

    // ---- functions (op_func)

    @Test
    public void builtInMathFunctions() {
        check("FLOOR", "FLOOR(-2.5)", "-3");
        check("CEIL", "CEIL(2.1)", "3");
        check("ROUND rounds halves away from zero", "ROUND(2.5)", "3");
        check("ROUND rounds halves away from zero", "ROUND(-2.5)", "-3");
        check("RINT rounds halves to even", "RINT(2.5)", "2");
        check("TRUNC", "TRUNC(-2.7)", "-2");
        check("ABS", "ABS(-3)", "3");
        check("SQRT in long double", "SQRT(2)", "1.41421356237309505");
        check("SQRT of a negative is the FPU's NaN", "SQRT(-1)", "-nan");
        check("POW", "POW(2,10)", "1024");
        check("POW with a negative exponent", "POW(2,-3)", "0.125");
        check("POW beyond double's range", "POW(10,400)", "1e+400");
        check("EXP in long double", "EXP(1)", "2.71828182845904524");
        check("LOG of 0", "LOG(0)", "-inf");
        check("LOG of a negative is a domain error", "LOG(-1)", "nan");
        check("LOG2", "LOG2(8)", "3");
        check("LOG10", "LOG10(1000)", "3");
        check("EXP2", "EXP2(0.5)", "1.41421356237309505");
        check("EXP10", "EXP10(2)", "100");
        check("REMAINDER rounds the quotient to even", "REMAINDER(7,2)", "-1");
        check("COS", "COS(0)", "1");
        check("SIN", "SIN(1)", "0.841470984807896507");
        check("TAN", "TAN(1)", "1.55740772465490223");
        check("ATAN", "ATAN(1)", "0.78539816339744831");
        check("ATAN2", "ATAN2(1,1)", "0.78539816339744831");
        check("ASIN", "ASIN(0.5)", "0.523598775598298873");
        check("ACOS out of range", "ACOS(2)", "nan");
    }

    @Test
    public void functionArgumentsAreFullExpressions() {
        check("an expression as first argument", "POW(1 + 1, 3)", "8");
        check("an expression as a later argument", "POW(2, 1 + 1)", "4");
        check("a negative later argument", "POW(2,-1)", "0.5");
        check("a blank between the name and '(' is allowed", "COS (0)", "1");
        check("a function's result is a number", "COS(0) + 1", "2");
    }

    @Test
    public void wrongArgumentCountsGiveZeroAndAWarning() {
        check("two arguments to a one-argument function", "COS(1,2)", "0");
        assertEquals(List.of("Wrong args to COS() function"), messages("COS(1,2)"));
        check("a trailing comma is an empty argument", "ABS(1,)", "0");
        check("one argument to a two-argument function", "POW(2)", "0");
    }

    @Test
    public void otherNamesAreDialplanFunctions() {
        check("lower-case names are no functions", "foo(1)", "0");
        assertEquals(List.of("Error! 'foo' is not possibly a function name!"), messages("foo(1)"));
        check("without a channel a dialplan function gives 0", "LEN(abc)", "0");
        assertEquals(List.of("Hey! chan is NULL.", "Error! 'LEN' doesn't appear to be an available function!"),
                messages("LEN(abc)"));
        check("FMOD is not one of the expression's own functions", "FMOD(7,2)", "0");
    }

    @Test
    public void dialplanFunctionsReadThroughTheChannel() {
        Map<String, String> functions = Map.of("LEN(abc)", "3", "CUT(a,b,)", "x y", "EMPTY(1)", "");
        java.util.function.Function<String, Optional<String>> channel = call -> Optional.ofNullable(functions.get(call));
        assertEquals("a numeric result is a number", "4", AsteriskExpression.evaluate("LEN(abc) + 1", channel));
        assertEquals("arguments are joined with commas, empty ones too", "x y",
                AsteriskExpression.evaluate("CUT(a,b,)", channel));
        assertEquals("an empty result counts as the number 0", "0", AsteriskExpression.evaluate("EMPTY(1)", channel));
        Diagnostics.Message last = AsteriskExpression.evaluateWithMessages("NOPE(1)", channel).messages().get(1);
        assertEquals("Error! 'NOPE' doesn't appear to be an available function!", last.text());
    }

    // ---- syntax errors (bison's messages through ast_yyerror)

    @Test
    public void aSyntaxErrorGivesZeroAndAsterisksWarning() {
        check("an incomplete expression", "1 +", "0");
        assertEquals(List.of("ast_yyerror():  syntax error: syntax error, unexpected $end, expecting '-' or '!' or '(' or '<token>'; Input:\n1 +\n   ^",
                AsteriskExpression.SYNTAX_ERROR_HELP), messages("1 +"));
        check("an unclosed parenthesis", "(1", "0");
        assertEquals("ast_yyerror():  syntax error: syntax error, unexpected $end; Input:\n(1\n  ^", messages("(1").get(0));
        check("a ternary without '::'", "1 ? 2", "0");
        check("an empty argument list", "COS()", "0");
        assertEquals("ast_yyerror():  syntax error: syntax error, unexpected ',', expecting '-' or '!' or '(' or '<token>'; Input:\nFOO(,2)\n    ^",
                messages("FOO(,2)").get(0));
        assertEquals("ast_yyerror():  syntax error: syntax error, unexpected '<token>', expecting ',' or ')'; Input:\nFOO(1 2)\n      ^",
                messages("FOO(1 2)").get(0));
    }

    @Test
    public void bisonReducesACompleteExpressionBeforeItSeesTheError() {
        check("the value before a stray token survives", "1 + 2 3", "3");
        check("the value before a stray ')' survives", "1 )", "1");
        check("a comma at the top level", "1,2", "1");
        check("nothing before the error: the empty start rule", ")", "");
        assertEquals("ast_yyerror():  syntax error: syntax error, unexpected ',', expecting $end; Input:\n1,2\n ^",
                messages("1,2").get(0));
    }

    @Test
    public void errorMessagesKeepTheTokenNameQuirksOfAstYyerror() {
        assertEquals("ast_yyerror():  syntax error: syntax error, unexpected '='TILDE, expecting $end; Input:\n=~ a\n^",
                messages("=~ a").get(0));
        assertEquals("ast_yyerror():  syntax error: syntax error, unexpected TOK_TILDETILDE, expecting $end; Input:\n~~ a\n^",
                messages("~~ a").get(0));
    }

    @Test
    public void nestingBeyondBisonsStackIsMemoryExhausted() {
        String deep = "(".repeat(20_000) + "1" + ")".repeat(20_000);
        check("YYMAXDEPTH is 10000", deep, "0");
        assertTrue(messages(deep).get(0).startsWith("ast_yyerror():  syntax error: memory exhausted; Input:"));
        check("reasonable nesting is fine", "(".repeat(200) + "1" + ")".repeat(200), "1");
    }

    @Test
    public void evaluationNeverThrows() {
        for (String nasty : new String[] {"((((((((", ")))))", "\"", "$", "${", "COS(", "a : \"[\"", "1 / 0 / 0",
                "POW(10, 100000)", "1 % (0 - 0)", "--------1", "!!!!!"}) {
            eval(nasty);
        }
    }

    // ---- pbx_checkcondition

    @Test
    public void truthIsPbxCheckcondition() {
        assertFalse("empty is false", AsteriskExpression.isTrue(""));
        assertFalse("null is false", AsteriskExpression.isTrue(null));
        assertFalse("0 is false", AsteriskExpression.isTrue("0"));
        assertFalse("an integer prefix is its value", AsteriskExpression.isTrue("0abc"));
        assertFalse("leading blanks are skipped", AsteriskExpression.isTrue("  0"));
        assertFalse("-0 is 0", AsteriskExpression.isTrue("-0"));
        assertFalse("0.5 reads as the integer 0", AsteriskExpression.isTrue("0.5"));
        assertTrue("1 is true", AsteriskExpression.isTrue("1"));
        assertTrue("negative numbers are true", AsteriskExpression.isTrue("-3"));
        assertTrue("other text is true", AsteriskExpression.isTrue("abc"));
        assertTrue("blanks alone are text", AsteriskExpression.isTrue("  "));
        assertTrue("a quoted zero is text", AsteriskExpression.isTrue("\"0\""));
        assertFalse("2^32 truncates to the int 0, as sscanf %d stores it", AsteriskExpression.isTrue("4294967296"));
    }
}
