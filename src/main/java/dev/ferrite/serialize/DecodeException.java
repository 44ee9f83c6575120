package dev.ferrite.serialize;

/** The bytes are not what an {@link Encoder} wrote (a corrupt or foreign file). */
public final class DecodeException extends RuntimeException {
    public DecodeException(String message) {
        super(message);
    }

    public DecodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
