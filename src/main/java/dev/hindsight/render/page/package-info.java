/** One record per template: exactly the data each page shows, typed, so templates cannot ask for more. */
package dev.hindsight.render.page;
