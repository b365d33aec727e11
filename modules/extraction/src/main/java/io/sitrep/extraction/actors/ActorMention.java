package io.sitrep.extraction.actors;

/** An actor named in a sentence, over tokens [start, end). */
public record ActorMention(ActorAlias alias, int start, int end) {

  public String code() {
    return alias.code();
  }
}
