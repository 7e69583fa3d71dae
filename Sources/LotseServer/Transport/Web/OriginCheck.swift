import NIOHTTP1

/// Whether a WebSocket upgrade may go ahead: a browser names the page that opens the socket in
/// `Origin`, and only the door's own page (the same scheme, host and port as the request's
/// `Host`) or a configured origin may talk to the sessions — another site open in the same
/// browser may not. A request without `Origin` comes from no browser page (a script, a test
/// client) and is let in, as a TCP connection would be.
struct OriginCheck: Sendable {
    /// `https` with TLS, else `http`.
    let scheme: String
    /// Origins allowed beside the door's own (`--web-origin`), without a trailing slash.
    let allowed: Set<String>

    init(encrypted: Bool, allowed: [String]) {
        scheme = encrypted ? "https" : "http"
        self.allowed = Set(allowed.map { Self.normalized($0) })
    }

    /// Whether `request` may be upgraded.
    func allows(_ request: HTTPRequestHead) -> Bool {
        guard let origin = request.headers.first(name: "Origin") else { return true }
        let normalized = Self.normalized(origin)
        if allowed.contains(normalized) { return true }
        guard let host = request.headers.first(name: "Host") else { return false }
        return normalized == "\(scheme)://\(host.lowercased())"
    }

    private static func normalized(_ origin: String) -> String {
        var origin = origin.lowercased()
        while origin.hasSuffix("/") { origin.removeLast() }
        return origin
    }
}
