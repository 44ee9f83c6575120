package dev.ferrite.types;

/** What a generic parameter is instantiated with: a type, a lifetime or a const. */
public sealed interface GenericArg permits Ty, Region, Const {
}
