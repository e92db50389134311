package org.netorch.api;

/** The paging parameters every list of our API takes: {@code page} from 0, {@code size} 1–200. */
final class Paging {

    static final int MAX_PAGE_SIZE = 200;

    private Paging() {
    }

    static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidParameterException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            // the database takes the offset as an int
            throw new InvalidParameterException("page", "must be at most " + Integer.MAX_VALUE / size
                    + " for size " + size);
        }
    }
}
