package io.sitrep.extraction.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable event ids: the same article and content give the same id, across runs and machines. */
public final class EventIds {

  /** 32 hex digits of SHA-256 over the fields that make an event one act. */
  public String id(String articleId, String type, String country, String date, String agent, String factuality) {
    String key = String.join("\u001F", articleId, type, String.valueOf(country), date, agent, factuality);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
