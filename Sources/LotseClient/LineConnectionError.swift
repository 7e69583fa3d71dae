#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a line connection to a Lotse server failed.
public enum LineConnectionError: Error, Equatable, CustomStringConvertible {
    /// The host name could not be resolved.
    case cannotResolve(host: String)
    /// No connection could be made (`errno` of the last attempt, e.g. ECONNREFUSED).
    case cannotConnect(host: String, port: Int, errno: Int32)
    /// The server said nothing for the read timeout, or the connect took too long.
    case timedOut
    /// The server closed the connection before the turn ended with `WAIT` or `BYE`.
    case closed
    /// A server line was longer than the client holds.
    case lineTooLong(limit: Int)
    /// The connection is not open (never opened, or closed).
    case notOpen
    /// A system call failed with `errno`.
    case io(errno: Int32)

    public var description: String {
        switch self {
        case .cannotResolve(let host): "cannot resolve \(host)"
        case .cannotConnect(let host, let port, let code): "cannot connect to \(host):\(port): \(Self.text(code))"
        case .timedOut: "the server did not answer in time"
        case .closed: "the server closed the connection"
        case .lineTooLong(let limit): "the server sent a line longer than \(limit) bytes"
        case .notOpen: "the connection is not open"
        case .io(let code): "connection error: \(Self.text(code))"
        }
    }

    private static func text(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
