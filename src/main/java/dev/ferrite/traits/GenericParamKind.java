package dev.ferrite.traits;

/** The kind of a generic parameter: what a fresh instantiation of it creates. */
public enum GenericParamKind {
    /** A type parameter: instantiated with a type inference variable. */
    TYPE,
    /** A lifetime parameter: instantiated with {@code 'erased}, since solving is modulo regions. */
    REGION,
    /** A const parameter: instantiated with a const inference variable. */
    CONST
}
