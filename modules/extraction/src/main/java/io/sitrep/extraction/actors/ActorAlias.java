package io.sitrep.extraction.actors;

/**
 * One way of naming an actor: its code, the alias as listed, where it is listed, and the country an armed group is
 * based in (used to place an event when the text names no place), null for states.
 */
public record ActorAlias(String code, String alias, String source, String homeCountry) {}
