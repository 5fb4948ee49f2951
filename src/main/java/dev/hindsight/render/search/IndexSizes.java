package dev.hindsight.render.search;

/**
 * How much each kind of search file holds, for a library of a given size. Up to a thousand postmortems
 * the shares are fixed; beyond, a share grows with a root of the library's growth, so that the number
 * of files grows slower than the library does. The files a query waits for grow slowest, as each result
 * shown or word searched costs a whole one: term chunks not at all (a common word's own chunks are
 * larger, see {@link TermChunks}), what results show with the fifth root; the excerpt text, fetched
 * once the results are on screen, with the square root.
 *
 * @param docGroup   postmortems per file of what a result shows
 * @param textGroup  postmortems per file of excerpt text
 */
record IndexSizes(int docGroup, int textGroup) {

    /** Up to a thousand postmortems. */
    static final IndexSizes SMALL = new IndexSizes(10, 5);

    static IndexSizes of(int documents) {
        double growth = Math.max(1, documents / 1000.0);
        return new IndexSizes((int) Math.round(SMALL.docGroup * Math.pow(growth, 0.2)),
                (int) Math.round(SMALL.textGroup * Math.sqrt(growth)));
    }
}
