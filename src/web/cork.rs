//! A connection that sends its `101 Switching Protocols` with the socket's
//! greeting.
//!
//! hyper writes the answer to a websocket handshake on its own, then hands
//! the connection over, and the socket writes its greeting (the plan and
//! the state) a moment later: two writes, two packets, and two wake-ups of
//! the phone for one connect. Held here, the `101` goes out in the same
//! vectored write as whatever the socket writes first, which it does at
//! once (`ws::run` greets before anything else). Only a connection's first
//! write can be held, which is always an answer's head, never a body; any
//! other write goes as it comes.

use std::io::{self, IoSlice};
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

/// The start of the one answer that is held.
const SWITCHING: &[u8] = b"HTTP/1.1 101 ";

/// Slices in one write: the held answer and what the socket writes (a
/// greeting is two frames, each a header and a payload).
const SLICES: usize = 8;

/// A connection, holding the `101` answer until the next write.
pub struct Corked<T> {
    io: T,
    held: Vec<u8>,
    /// Nothing has been written yet.
    fresh: bool,
}

impl<T> Corked<T> {
    pub fn new(io: T) -> Corked<T> {
        Corked {
            io,
            held: Vec::new(),
            fresh: true,
        }
    }
}

impl<T: AsyncWrite + Unpin> Corked<T> {
    /// Write what is held, ahead of `bufs`, and say how much of `bufs`
    /// went too: what is held always goes whole before any of `bufs`.
    fn poll_write_held(
        &mut self,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        while !self.held.is_empty() {
            let mut slices = [IoSlice::new(&[]); SLICES];
            slices[0] = IoSlice::new(&self.held);
            let taken = bufs.len().min(SLICES - 1);
            slices[1..=taken].copy_from_slice(&bufs[..taken]);
            let n = ready!(Pin::new(&mut self.io).poll_write_vectored(cx, &slices[..=taken]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            if n < self.held.len() {
                self.held.drain(..n);
                continue;
            }
            let past = n - self.held.len();
            self.held = Vec::new();
            if past > 0 {
                return Poll::Ready(Ok(past));
            }
        }
        if bufs.is_empty() {
            return Poll::Ready(Ok(0));
        }
        Pin::new(&mut self.io).poll_write_vectored(cx, bufs)
    }
}

impl<T: AsyncRead + Unpin> AsyncRead for Corked<T> {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.io).poll_read(cx, buf)
    }
}

impl<T: AsyncWrite + Unpin> AsyncWrite for Corked<T> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.poll_write_vectored(cx, &[IoSlice::new(buf)])
    }

    fn poll_write_vectored(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = &mut *self;
        let fresh = std::mem::replace(&mut this.fresh, false);
        if fresh && bufs.first().is_some_and(|b| b.starts_with(SWITCHING)) {
            for buf in bufs {
                this.held.extend_from_slice(buf);
            }
            return Poll::Ready(Ok(this.held.len()));
        }
        // Every write after the greeting's: straight through.
        if this.held.is_empty() {
            return Pin::new(&mut this.io).poll_write_vectored(cx, bufs);
        }
        this.poll_write_held(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    /// A flush leaves the `101` held: the socket's first write follows at
    /// once and takes it along.
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        if !self.held.is_empty() {
            return Poll::Ready(Ok(()));
        }
        Pin::new(&mut self.io).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        ready!(self.poll_write_held(cx, &[]))?;
        Pin::new(&mut self.io).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::AsyncWriteExt;

    /// A connection that takes at most `room` bytes per write.
    struct Narrow {
        written: Vec<u8>,
        writes: usize,
        room: usize,
    }

    impl AsyncWrite for Narrow {
        fn poll_write(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
            buf: &[u8],
        ) -> Poll<io::Result<usize>> {
            let n = buf.len().min(self.room);
            self.written.extend_from_slice(&buf[..n]);
            self.writes += 1;
            Poll::Ready(Ok(n))
        }

        fn poll_write_vectored(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
            bufs: &[IoSlice<'_>],
        ) -> Poll<io::Result<usize>> {
            let mut n = 0;
            for buf in bufs {
                let take = buf.len().min(self.room - n);
                self.written.extend_from_slice(&buf[..take]);
                n += take;
            }
            self.writes += 1;
            Poll::Ready(Ok(n))
        }

        fn is_write_vectored(&self) -> bool {
            true
        }

        fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
            Poll::Ready(Ok(()))
        }

        fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
            Poll::Ready(Ok(()))
        }
    }

    fn narrow(room: usize) -> Corked<Narrow> {
        Corked::new(Narrow {
            written: Vec::new(),
            writes: 0,
            room,
        })
    }

    const ANSWER: &[u8] = b"HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\n\r\n";

    #[tokio::test]
    async fn the_101_goes_out_in_the_greetings_write() {
        let mut io = narrow(usize::MAX);
        io.write_all(ANSWER).await.unwrap();
        io.flush().await.unwrap();
        assert_eq!(io.io.writes, 0, "held through hyper's flush");
        let greeting = [IoSlice::new(b"\x81\x02"), IoSlice::new(b"hi")];
        let n = io.write_vectored(&greeting).await.unwrap();
        assert_eq!(n, 4);
        assert_eq!(io.io.writes, 1, "one write for both");
        assert_eq!(io.io.written, [ANSWER, b"\x81\x02hi"].concat());
    }

    #[tokio::test]
    async fn a_narrow_connection_gets_every_byte_in_order() {
        for room in [1, 3, 7, 20, ANSWER.len(), ANSWER.len() + 1, 200] {
            let mut io = narrow(room);
            io.write_all(ANSWER).await.unwrap();
            io.write_all(b"first frame").await.unwrap();
            io.write_all(b", then more").await.unwrap();
            assert_eq!(
                io.io.written,
                [ANSWER, b"first frame, then more"].concat(),
                "room {room}"
            );
        }
    }

    #[tokio::test]
    async fn other_answers_are_written_as_they_come() {
        let mut io = narrow(usize::MAX);
        io.write_all(b"HTTP/1.1 200 OK\r\n\r\n").await.unwrap();
        assert_eq!(io.io.writes, 1);
        io.write_all(b"HTTP/1.1 101 in a body").await.unwrap();
        assert_eq!(
            io.io.writes, 2,
            "only a connection's first write may be held"
        );
    }

    #[tokio::test]
    async fn a_shutdown_sends_what_is_held() {
        let mut io = narrow(5);
        io.write_all(ANSWER).await.unwrap();
        io.shutdown().await.unwrap();
        assert_eq!(io.io.written, ANSWER);
    }
}
