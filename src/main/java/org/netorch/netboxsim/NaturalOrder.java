package org.netorch.netboxsim;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders names as NetBox's naturalized ordering does: {@code 1/1/c2/1} before {@code 1/1/c10/1}. */
final class NaturalOrder implements Comparator<String> {

    static final NaturalOrder INSTANCE = new NaturalOrder();
    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String left, String right) {
        Matcher a = CHUNK.matcher(left == null ? "" : left.toLowerCase());
        Matcher b = CHUNK.matcher(right == null ? "" : right.toLowerCase());
        while (a.find()) {
            if (!b.find()) {
                return 1;
            }
            String x = a.group();
            String y = b.group();
            int order = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0))
                    ? new java.math.BigInteger(x).compareTo(new java.math.BigInteger(y))
                    : x.compareTo(y);
            if (order != 0) {
                return order;
            }
        }
        return b.find() ? -1 : 0;
    }
}
