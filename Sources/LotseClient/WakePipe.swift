#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A pipe that wakes a `poll()` loop from another thread: `signal()` makes `readEnd`
/// readable, `drain()` makes it quiet again. Neither end ever blocks.
final class WakePipe: Sendable {
    let readEnd: Int32
    private let writeEnd: Int32

    init() throws(LineConnectionError) {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { throw .io(String(cString: strerror(errno))) }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        _ = closeDescriptor(readEnd)
        _ = closeDescriptor(writeEnd)
    }

    /// Makes `readEnd` readable (a full pipe is readable already).
    func signal() {
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// Reads away every signal so far.
    func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while bytes.withUnsafeMutableBytes({ read(readEnd, $0.baseAddress, $0.count) }) > 0 {}
    }
}

#if canImport(Glibc)
    private let closeDescriptor = Glibc.close
#else
    private let closeDescriptor = Darwin.close
#endif
