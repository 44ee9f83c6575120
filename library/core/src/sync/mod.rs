//! Synchronisation primitives that need no operating system: atomics.

pub mod atomic;
