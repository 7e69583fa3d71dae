import NIOCore
import NIOPosix

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why a line connection to a Lotse server failed.
public enum LineConnectionError: Error, Equatable, CustomStringConvertible {
    /// The host name could not be resolved.
    case cannotResolve(host: String)
    /// No connection could be made (e.g. nothing listens there).
    case cannotConnect(host: String, port: Int, reason: String)
    /// The server said nothing for the read timeout, or the connect took too long.
    case timedOut
    /// The server closed the connection (before the turn ended, when reading a turn).
    case closed
    /// A server line was longer than the client holds.
    case lineTooLong(limit: Int)
    /// The connection is not open (never opened, or closed).
    case notOpen
    /// The connection failed while open.
    case io(String)

    public var description: String {
        switch self {
        case .cannotResolve(let host): "cannot resolve \(host)"
        case .cannotConnect(let host, let port, let reason): "cannot connect to \(host):\(port): \(reason)"
        case .timedOut: "the server did not answer in time"
        case .closed: "the server closed the connection"
        case .lineTooLong(let limit): "the server sent a line longer than \(limit) bytes"
        case .notOpen: "the connection is not open"
        case .io(let reason): "connection error: \(reason)"
        }
    }

    /// What a failed connect to `host:port` means for the person.
    init(connecting error: any Error, host: String, port: Int) {
        switch error {
        case let error as NIOConnectionError where error.connectionErrors.isEmpty:
            self = .cannotResolve(host: host)
        case let error as NIOConnectionError:
            self = .cannotConnect(host: host, port: port, reason: Self.reason(error.connectionErrors.last!.error))
        case ChannelError.connectTimeout:
            self = .timedOut
        default:
            self = .cannotConnect(host: host, port: port, reason: Self.reason(error))
        }
    }

    /// What an error on an open connection means: the server went away, or something else.
    init(_ error: any Error) {
        switch error {
        case let error as LineConnectionError:
            self = error
        case let error as IOError where [ECONNRESET, EPIPE].contains(error.errnoCode):
            self = .closed
        case ChannelError.ioOnClosedChannel, ChannelError.alreadyClosed, ChannelError.eof:
            self = .closed
        default:
            self = .io(Self.reason(error))
        }
    }

    private static func reason(_ error: any Error) -> String {
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
        return "\(error)"
    }
}
