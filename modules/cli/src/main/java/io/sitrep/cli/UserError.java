package io.sitrep.cli;

/** A failure the user can fix (bad flag, unreachable broker, unreadable file): one clear line, no stack trace. */
final class UserError extends RuntimeException {

  private final int exitCode;

  UserError(String message) {
    this(message, 2);
  }

  UserError(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
