/// Where a Lotse server listens: `HOST:PORT` as `--server` takes it.
public struct ServerAddress: Sendable, Equatable, CustomStringConvertible {
    /// The port `lotsed` listens on unless told otherwise.
    public static let defaultPort = 4747

    public var host: String
    public var port: Int

    public init(host: String, port: Int = ServerAddress.defaultPort) {
        self.host = host
        self.port = port
    }

    /// Reads `HOST:PORT`, `HOST` (the default port), `:PORT` (127.0.0.1), `[IPV6]:PORT` or a
    /// bare IPv6 address; nil if the port is no number from 1 to 65535.
    public init?(_ text: String) {
        let host: Substring
        let port: Substring?
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { return nil }
            port = rest.isEmpty ? nil : rest.dropFirst()
        } else if text.filter({ $0 == ":" }).count == 1, let colon = text.firstIndex(of: ":") {
            host = text[..<colon]
            port = text[text.index(after: colon)...]
        } else {
            host = Substring(text)
            port = nil
        }
        var number = ServerAddress.defaultPort
        if let port {
            guard let parsed = Int(port), (1...65535).contains(parsed) else { return nil }
            number = parsed
        }
        self.init(host: host.isEmpty ? "127.0.0.1" : String(host), port: number)
    }

    public var description: String {
        host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
