/**
 * The site's full-text search index: small static files that {@code theme/assets/search.js} fetches
 * on demand, so that a query downloads only the parts of the index its words need. The tokeniser and
 * stemmer here and in search.js follow the same rules; one table of cases tests both.
 */
package dev.hindsight.render.search;
