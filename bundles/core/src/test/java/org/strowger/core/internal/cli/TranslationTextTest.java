package org.strowger.core.internal.cli;

import static org.junit.Assert.assertEquals;
import static org.strowger.api.media.Format.ALAW;
import static org.strowger.api.media.Format.G729;
import static org.strowger.api.media.Format.SLIN;
import static org.strowger.api.media.Format.ULAW;
import static org.strowger.core.internal.media.FakeTranslator.service;

import java.util.List;

import org.junit.Test;
import org.strowger.api.media.Format;
import org.strowger.core.internal.media.FakeTranslator;
import org.strowger.core.internal.media.TranslationMatrix;

/**
 * The layouts of Asterisk's main/translate.c: handle_show_translation_table prints
 * {@code " "}, the row name right-aligned to the longest name, then each cost right-aligned in
 * {@code max(strlen(column name), 5) + 1} characters; handle_show_translation_path prints
 * {@code "\t%-16.16s To %-16.16s: %-60.60s\n"} per destination.
 */
public class TranslationTextTest {

    private final TranslationMatrix matrix = new TranslationMatrix(FakeTranslator.DECLARED_COST);

    public TranslationTextTest() {
        add(1, SLIN, ULAW, 150);
        add(2, ULAW, SLIN, 120);
        add(3, SLIN, ALAW, 160);
        add(4, ALAW, SLIN, 130);
        add(5, ULAW, ALAW, 90);
        add(6, SLIN, G729, 4000);
    }

    private void add(long serviceId, Format from, Format to, int cost) {
        matrix.addTranslator(new FakeTranslator(from, to, cost), service(serviceId));
    }

    private static String blank(int width) {
        return " ".repeat(width);
    }

    @Test
    public void tableShowsTheCheapestPathCostsWithDashesWhereThereIsNone() {
        assertEquals(""
                + "         Translation times between formats (in microseconds) for one second of data\n"
                + "          Source Format (Rows) Destination Format (Columns)\n"
                + "\n"
                + "       slin  ulaw  alaw  g729\n"
                + " slin     -   150   160  4000\n"
                + " ulaw   120     -    90  4120\n"
                + " alaw   130   280     -  4130\n"
                + " g729     -     -     -     -\n",
                TranslationText.table(Format.known(), matrix));
    }

    @Test
    public void tableWithoutTranslatorsIsAllDashes() {
        assertEquals(""
                + "         Translation times between formats (in microseconds) for one second of data\n"
                + "          Source Format (Rows) Destination Format (Columns)\n"
                + "\n"
                + "       ulaw  g729\n"
                + " ulaw     -     -\n"
                + " g729     -     -\n",
                TranslationText.table(List.of(ULAW, G729), new TranslationMatrix(FakeTranslator.DECLARED_COST)));
    }

    @Test
    public void costsWiderThanTheColumnAreNotCut() {
        TranslationMatrix slow = new TranslationMatrix(FakeTranslator.DECLARED_COST);
        slow.addTranslator(new FakeTranslator(SLIN, G729, 1234567), service(1));
        assertEquals(""
                + "         Translation times between formats (in microseconds) for one second of data\n"
                + "          Source Format (Rows) Destination Format (Columns)\n"
                + "\n"
                + "       slin  g729\n"
                + " slin     -1234567\n"
                + " g729     -     -\n",
                TranslationText.table(List.of(SLIN, G729), slow));
    }

    @Test
    public void pathsListEveryOtherFormatWithItsChain() {
        assertEquals(""
                + "--- Translation paths SRC Codec \"ulaw\" sample rate 8000 ---\n"
                + "\tulaw:8000        To slin:8000       : (ulaw@8000)->(slin@8000)" + blank(60 - 24) + "\n"
                + "\tulaw:8000        To alaw:8000       : (ulaw@8000)->(alaw@8000)" + blank(60 - 24) + "\n"
                + "\tulaw:8000        To g729:8000       : (ulaw@8000)->(slin@8000)->(g729@8000)" + blank(60 - 37) + "\n",
                TranslationText.paths(ULAW, Format.known(), matrix));
    }

    @Test
    public void pathsLeaveTheChainBlankWhereThereIsNone() {
        assertEquals(""
                + "--- Translation paths SRC Codec \"g729\" sample rate 8000 ---\n"
                + "\tg729:8000        To slin:8000       : " + blank(60) + "\n"
                + "\tg729:8000        To ulaw:8000       : " + blank(60) + "\n"
                + "\tg729:8000        To alaw:8000       : " + blank(60) + "\n",
                TranslationText.paths(G729, Format.known(), matrix));
    }
}
