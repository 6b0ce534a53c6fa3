package org.strowger.config;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Removes comments from the lines of one file the way Asterisk does: {@code ;} ends a line, {@code \;}
 * is a literal semicolon, and {@code ;--} ... {@code --;} is a block comment that may span lines and
 * nest. A {@code ;---} (as in the dashed separator lines of Asterisk's sample files) is an ordinary
 * line comment, not the start of a block.
 *
 * <p>Keeps the open block comments between calls, so one instance serves exactly one file.
 */
final class CommentStripper {

    /** The lines where the still open block comments started, innermost first. */
    private final Deque<Integer> openBlocks = new ArrayDeque<>();

    /**
     * @param line one line of the file, without its line ending
     * @param lineNumber its number, remembered if a block comment starts on it
     * @return the text outside comments, with {@code \;} turned into {@code ;}; not trimmed
     */
    String strip(String line, int lineNumber) {
        StringBuilder kept = new StringBuilder(line.length());
        // A closing "--;" must not reuse the dashes of the ";--" that opened the block (";--;" opens only).
        int tokenEnd = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && line.startsWith(";", i + 1)) {
                appendOutsideBlock(kept, ';');
                i += 2;
                tokenEnd = i;
            } else if (c != ';') {
                appendOutsideBlock(kept, c);
                i++;
            } else if (line.startsWith(";--", i) && !line.startsWith(";---", i)) {
                openBlocks.push(lineNumber);
                i += 3;
                tokenEnd = i;
            } else if (!openBlocks.isEmpty()) {
                if (i - 2 >= tokenEnd && line.startsWith("--;", i - 2)) {
                    openBlocks.pop();
                }
                i++;
                tokenEnd = i;
            } else {
                break;
            }
        }
        return kept.toString();
    }

    /** The line where the innermost block comment still open started, or 0 when none is open. */
    int unclosedSince() {
        return openBlocks.isEmpty() ? 0 : openBlocks.peek();
    }

    private void appendOutsideBlock(StringBuilder kept, char c) {
        if (openBlocks.isEmpty()) {
            kept.append(c);
        }
    }
}
