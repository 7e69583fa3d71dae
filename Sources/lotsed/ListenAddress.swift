import Foundation

/// An address to listen on as the options take it: `HOST:PORT`, `[::1]:PORT`, or a bare `PORT`
/// (then on 127.0.0.1, this machine only).
struct ListenAddress: Equatable {
    var host: String
    var port: Int

    /// The address `text` names; nil when it names none or its port is out of range.
    init?(_ text: String) {
        if let port = Int(text) {
            host = "127.0.0.1"
            self.port = port
        } else {
            guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]) else { return nil }
            let host = String(text[..<colon]).trimmingCharacters(in: ["[", "]"])
            self.host = host.isEmpty ? "127.0.0.1" : host
            self.port = port
        }
        guard (0...65535).contains(port) else { return nil }
    }
}
