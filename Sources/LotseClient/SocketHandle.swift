#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// A socket's file descriptor and its life: `shutdown()` wakes a blocked read or write from
/// any thread, `close()` releases the descriptor once; neither touches a closed descriptor.
final class SocketHandle: Sendable {
    let descriptor: Int32
    private let isClosed = Mutex(false)

    init(_ descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        close()
    }

    /// Ends both directions; blocked calls on the socket return at once.
    func shutdown() {
        isClosed.withLock { closed in
            if !closed { _ = systemShutdown(descriptor, Int32(SHUT_RDWR)) }
        }
    }

    /// Closes the descriptor (once).
    func close() {
        isClosed.withLock { closed in
            guard !closed else { return }
            closed = true
            _ = systemClose(descriptor)
        }
    }
}

#if canImport(Glibc)
private let systemShutdown = Glibc.shutdown
private let systemClose = Glibc.close
#else
private let systemShutdown = Darwin.shutdown
private let systemClose = Darwin.close
#endif
