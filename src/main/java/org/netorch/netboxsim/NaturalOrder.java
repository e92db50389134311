package org.netorch.netboxsim;

import java.util.Comparator;

/**
 * Orders names as NetBox's naturalized ordering does: {@code 1/1/c2/1} before {@code 1/1/c10/1}. Names are compared
 * ignoring case, run by run: two runs of digits by their value, anything else as text. Lists sort with it on every
 * request, so it walks the characters instead of splitting the names.
 */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();

    @Override
    public int compare(String left, String right) {
        String a = left == null ? "" : left.toLowerCase();
        String b = right == null ? "" : right.toLowerCase();
        int i = 0;
        int j = 0;
        while (i < a.length()) {
            if (j == b.length()) {
                return 1;
            }
            int aEnd = runEnd(a, i);
            int bEnd = runEnd(b, j);
            int order = isDigit(a.charAt(i)) && isDigit(b.charAt(j))
                    ? compareNumbers(a, i, aEnd, b, j, bEnd)
                    : compareText(a, i, aEnd, b, j, bEnd);
            if (order != 0) {
                return order;
            }
            i = aEnd;
            j = bEnd;
        }
        return j < b.length() ? -1 : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Where the run of digits, or of other characters, that starts at {@code start} ends. */
    private static int runEnd(String text, int start) {
        boolean digits = isDigit(text.charAt(start));
        int end = start + 1;
        while (end < text.length() && isDigit(text.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    private static int compareNumbers(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
        while (aStart < aEnd - 1 && a.charAt(aStart) == '0') {
            aStart++;
        }
        while (bStart < bEnd - 1 && b.charAt(bStart) == '0') {
            bStart++;
        }
        int lengths = Integer.compare(aEnd - aStart, bEnd - bStart);
        return lengths != 0 ? lengths : Integer.signum(compareText(a, aStart, aEnd, b, bStart, bEnd));
    }

    private static int compareText(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
        int length = Math.min(aEnd - aStart, bEnd - bStart);
        for (int k = 0; k < length; k++) {
            char x = a.charAt(aStart + k);
            char y = b.charAt(bStart + k);
            if (x != y) {
                return x - y;
            }
        }
        return (aEnd - aStart) - (bEnd - bStart);
    }
}
