//! Multi-producer, single-consumer FIFO channels.
//!
//! Both ends share a `Channel`: the queue, the number of live senders, and a `version` word that
//! every send and every sender's drop bumps, so a receiver waiting on an empty queue wakes when
//! either a value or a disconnection arrives.

use core::cell::{Cell, UnsafeCell};
use core::error::Error;
use core::fmt;
use core::marker::{PhantomData, Send, Sync};
use core::time::Duration;

use alloc::sync::Arc;
use alloc::vec::Vec;

struct Channel<T> {
    queue: UnsafeCell<Vec<T>>,
    /// Where the queue starts (values before it were received); compacted when it empties.
    head: Cell<usize>,
    senders: Cell<usize>,
    receiver_alive: Cell<bool>,
    /// For `sync_channel`: how many values may wait (`usize::MAX` for `channel`).
    bound: usize,
    version: UnsafeCell<u32>,
}

impl<T> Channel<T> {
    fn bump(&self) {
        unsafe { *self.version.get() = (*self.version.get()).wrapping_add(1) };
    }

    fn version(&self) -> u32 {
        unsafe { *self.version.get() }
    }

    fn wait_for_change(&self, seen: u32) {
        super::wait_while_equal(self.version.get(), seen)
    }

    fn len(&self) -> usize {
        unsafe { (*self.queue.get()).len() - self.head.get() }
    }

    fn push(&self, t: T) {
        unsafe { (*self.queue.get()).push(t) };
        self.bump();
    }

    fn pop(&self) -> Option<T> {
        if self.len() == 0 {
            return None;
        }
        let q = unsafe { &mut *self.queue.get() };
        let v = q.remove(self.head.get());
        self.bump();
        Some(v)
    }
}

/// The sending half of a `channel`; clone it for more producers.
pub struct Sender<T> {
    chan: Arc<Channel<T>>,
}

/// The sending half of a `sync_channel`: `send` waits while the buffer is full.
pub struct SyncSender<T> {
    chan: Arc<Channel<T>>,
}

/// The receiving half of a channel.
pub struct Receiver<T> {
    chan: Arc<Channel<T>>,
    _not_sync: PhantomData<*const ()>,
}

unsafe impl<T: Send> Send for Sender<T> {}
unsafe impl<T: Send> Sync for Sender<T> {}
unsafe impl<T: Send> Send for SyncSender<T> {}
unsafe impl<T: Send> Sync for SyncSender<T> {}
unsafe impl<T: Send> Send for Receiver<T> {}

fn new_channel<T>(bound: usize) -> Arc<Channel<T>> {
    Arc::new(Channel {
        queue: UnsafeCell::new(Vec::new()),
        head: Cell::new(0),
        senders: Cell::new(1),
        receiver_alive: Cell::new(true),
        bound,
        version: UnsafeCell::new(0),
    })
}

/// A channel with an unbounded buffer.
pub fn channel<T>() -> (Sender<T>, Receiver<T>) {
    let chan = new_channel(usize::MAX);
    (Sender { chan: chan.clone() }, Receiver { chan, _not_sync: PhantomData })
}

/// A channel whose buffer holds `bound` values. FIXME: a bound of 0 (rendezvous) buffers one value.
pub fn sync_channel<T>(bound: usize) -> (SyncSender<T>, Receiver<T>) {
    let chan = new_channel(if bound == 0 { 1 } else { bound });
    (SyncSender { chan: chan.clone() }, Receiver { chan, _not_sync: PhantomData })
}

/// `send` failed because the receiver is gone; the value comes back.
#[derive(PartialEq, Eq, Clone, Copy)]
pub struct SendError<T>(pub T);

/// `recv` failed because every sender is gone and the queue is empty.
#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub struct RecvError;

#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub enum TryRecvError {
    Empty,
    Disconnected,
}

#[derive(PartialEq, Eq, Clone, Copy, Debug)]
pub enum RecvTimeoutError {
    Timeout,
    Disconnected,
}

#[derive(PartialEq, Eq, Clone, Copy)]
pub enum TrySendError<T> {
    Full(T),
    Disconnected(T),
}

impl<T> fmt::Debug for SendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SendError { .. }")
    }
}

impl<T> fmt::Display for SendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("sending on a closed channel")
    }
}

impl<T> Error for SendError<T> {}

impl<T> fmt::Debug for TrySendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrySendError::Full(..) => f.write_str("Full(..)"),
            TrySendError::Disconnected(..) => f.write_str("Disconnected(..)"),
        }
    }
}

impl<T> fmt::Display for TrySendError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TrySendError::Full(..) => f.write_str("sending on a full channel"),
            TrySendError::Disconnected(..) => f.write_str("sending on a closed channel"),
        }
    }
}

impl<T> Error for TrySendError<T> {}

impl fmt::Display for RecvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("receiving on a closed channel")
    }
}

impl Error for RecvError {}

impl fmt::Display for TryRecvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TryRecvError::Empty => f.write_str("receiving on an empty channel"),
            TryRecvError::Disconnected => f.write_str("receiving on an empty and disconnected channel"),
        }
    }
}

impl Error for TryRecvError {}

impl fmt::Display for RecvTimeoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecvTimeoutError::Timeout => f.write_str("timed out waiting on channel"),
            RecvTimeoutError::Disconnected => f.write_str("channel is empty and sending half is closed"),
        }
    }
}

impl Error for RecvTimeoutError {}

impl<T> Sender<T> {
    /// Queues `t` for the receiver; fails if the receiver is gone.
    pub fn send(&self, t: T) -> Result<(), SendError<T>> {
        if !self.chan.receiver_alive.get() {
            return Err(SendError(t));
        }
        self.chan.push(t);
        Ok(())
    }
}

impl<T> Clone for Sender<T> {
    fn clone(&self) -> Sender<T> {
        self.chan.senders.set(self.chan.senders.get() + 1);
        Sender { chan: self.chan.clone() }
    }
}

impl<T> Drop for Sender<T> {
    fn drop(&mut self) {
        self.chan.senders.set(self.chan.senders.get() - 1);
        self.chan.bump();
    }
}

impl<T> fmt::Debug for Sender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Sender { .. }")
    }
}

impl<T> SyncSender<T> {
    /// Waits while the buffer is full, then queues `t`; fails if the receiver is gone.
    pub fn send(&self, t: T) -> Result<(), SendError<T>> {
        loop {
            if !self.chan.receiver_alive.get() {
                return Err(SendError(t));
            }
            if self.chan.len() < self.chan.bound {
                self.chan.push(t);
                return Ok(());
            }
            self.chan.wait_for_change(self.chan.version());
        }
    }

    pub fn try_send(&self, t: T) -> Result<(), TrySendError<T>> {
        if !self.chan.receiver_alive.get() {
            return Err(TrySendError::Disconnected(t));
        }
        if self.chan.len() >= self.chan.bound {
            return Err(TrySendError::Full(t));
        }
        self.chan.push(t);
        Ok(())
    }
}

impl<T> Clone for SyncSender<T> {
    fn clone(&self) -> SyncSender<T> {
        self.chan.senders.set(self.chan.senders.get() + 1);
        SyncSender { chan: self.chan.clone() }
    }
}

impl<T> Drop for SyncSender<T> {
    fn drop(&mut self) {
        self.chan.senders.set(self.chan.senders.get() - 1);
        self.chan.bump();
    }
}

impl<T> fmt::Debug for SyncSender<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SyncSender { .. }")
    }
}

impl<T> Receiver<T> {
    /// Waits for a value; fails once the queue is empty and every sender is gone.
    pub fn recv(&self) -> Result<T, RecvError> {
        loop {
            if let Some(v) = self.chan.pop() {
                return Ok(v);
            }
            if self.chan.senders.get() == 0 {
                return Err(RecvError);
            }
            self.chan.wait_for_change(self.chan.version());
        }
    }

    pub fn try_recv(&self) -> Result<T, TryRecvError> {
        match self.chan.pop() {
            Some(v) => Ok(v),
            None if self.chan.senders.get() == 0 => Err(TryRecvError::Disconnected),
            None => {
                // a loop polling an empty channel must let the senders run (cooperative threads)
                crate::thread::yield_now();
                Err(TryRecvError::Empty)
            }
        }
    }

    /// Like `recv`. FIXME: waits without a time limit.
    pub fn recv_timeout(&self, _timeout: Duration) -> Result<T, RecvTimeoutError> {
        match self.recv() {
            Ok(v) => Ok(v),
            Err(RecvError) => Err(RecvTimeoutError::Disconnected),
        }
    }

    /// The values as they arrive, until every sender is gone.
    pub fn iter(&self) -> Iter<'_, T> {
        Iter { rx: self }
    }

    /// The values already queued, without waiting.
    pub fn try_iter(&self) -> TryIter<'_, T> {
        TryIter { rx: self }
    }
}

impl<T> Drop for Receiver<T> {
    fn drop(&mut self) {
        self.chan.receiver_alive.set(false);
        self.chan.bump();
    }
}

impl<T> fmt::Debug for Receiver<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Receiver { .. }")
    }
}

pub struct Iter<'a, T: 'a> {
    rx: &'a Receiver<T>,
}

pub struct TryIter<'a, T: 'a> {
    rx: &'a Receiver<T>,
}

pub struct IntoIter<T> {
    rx: Receiver<T>,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

impl<'a, T> Iterator for TryIter<'a, T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.rx.try_recv().ok()
    }
}

impl<T> Iterator for IntoIter<T> {
    type Item = T;
    fn next(&mut self) -> Option<T> {
        self.rx.recv().ok()
    }
}

impl<'a, T> IntoIterator for &'a Receiver<T> {
    type Item = T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<T> IntoIterator for Receiver<T> {
    type Item = T;
    type IntoIter = IntoIter<T>;
    fn into_iter(self) -> IntoIter<T> {
        IntoIter { rx: self }
    }
}
