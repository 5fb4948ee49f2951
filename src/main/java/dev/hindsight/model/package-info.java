/**
 * The content model: immutable {@link dev.hindsight.model.Postmortem}s and the
 * {@link dev.hindsight.model.Library} that indexes them. Everything else depends on this package;
 * it depends on nothing.
 */
package dev.hindsight.model;
