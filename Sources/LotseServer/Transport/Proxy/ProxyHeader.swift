import NIOCore

/// The PROXY protocol header (version 1, the text form HAProxy's `send-proxy` writes) that a
/// load balancer puts before a connection's own bytes, e.g.
/// `PROXY TCP4 203.0.113.7 127.0.0.1 56324 4747\r\n`: it names the terminal the connection
/// comes from, which lotsed would otherwise never see behind HAProxy.
struct ProxyHeader: Equatable {
    /// The longest header the protocol allows, `\r\n` included.
    static let maxLength = 107

    /// The terminal's address as the load balancer saw it, spelt as `SocketAddress` spells
    /// it; nil for `PROXY UNKNOWN` (a connection of the balancer's own, such as a check),
    /// for which the connection's own address counts.
    let source: String?

    /// The header in `line`, which ends with `\r\n`.
    init(_ line: some Collection<UInt8>) throws(ProxyHeaderError) {
        guard line.count <= Self.maxLength else { throw .tooLong }
        guard line.allSatisfy({ $0 < 0x80 }), line.starts(with: Array("PROXY ".utf8)), line.reversed().starts(with: [0x0A, 0x0D])
        else { throw .notAHeader }
        // Split as bytes: as characters, "\r\n" would be one.
        let fields = line.dropLast(2).split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
            .map { Substring(decoding: $0, as: UTF8.self) }
        guard fields.count >= 2 else { throw .notAHeader }
        switch fields[1] {
        case "UNKNOWN":
            source = nil
        case "TCP4", "TCP6":
            guard fields.count == 6 else { throw .malformed }
            // The destination is checked too: a header with one bad half is not believed.
            _ = try Self.address(fields[3], port: Self.port(fields[5]), family: fields[1])
            source = try Self.address(fields[2], port: Self.port(fields[4]), family: fields[1]).ipAddress
        default:
            throw .unknownProtocol
        }
    }

    /// A port: 0 to 65535 in plain digits.
    private static func port(_ field: Substring) throws(ProxyHeaderError) -> Int {
        guard (1...5).contains(field.utf8.count), field.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let port = Int(field),
            port <= 65535
        else { throw .malformed }
        return port
    }

    /// An address of the family the header names (`TCP4`: IPv4, `TCP6`: IPv6).
    private static func address(_ field: Substring, port: Int, family: Substring) throws(ProxyHeaderError) -> SocketAddress {
        guard let address = try? SocketAddress(ipAddress: String(field), port: port) else { throw .malformed }
        switch (address, family) {
        case (.v4, "TCP4"), (.v6, "TCP6"): return address
        default: throw .malformed
        }
    }
}

/// Why a connection's first bytes were not a PROXY header. Never holds the bytes themselves:
/// the reason goes to the log, and an address must not.
enum ProxyHeaderError: Error, Equatable, CustomStringConvertible {
    /// The connection does not start with `PROXY `, or its first line does not end in `\r\n`.
    case notAHeader
    /// Longer than the protocol allows.
    case tooLong
    /// A protocol other than `TCP4`, `TCP6` or `UNKNOWN`.
    case unknownProtocol
    /// The addresses or ports are missing or not what the protocol names.
    case malformed
    /// The header did not come in time.
    case timedOut

    var description: String {
        switch self {
        case .notAHeader: "the connection did not start with a PROXY protocol v1 header"
        case .tooLong: "the PROXY header was longer than \(ProxyHeader.maxLength) bytes"
        case .unknownProtocol: "the PROXY header named a protocol other than TCP4, TCP6 or UNKNOWN"
        case .malformed: "the PROXY header's addresses or ports were not valid"
        case .timedOut: "no PROXY header came in time"
        }
    }
}
