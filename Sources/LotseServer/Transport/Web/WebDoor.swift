/// The web front door (`lotsed --web`): a page and the WebSocket `/ws`, on a listener of its own.
public struct WebDoor: Sendable, Equatable {
    /// The address to listen on.
    public var host: String
    /// The port; 0 picks a free one, which `LotseServer.webListeningPort()` tells.
    public var port: Int
    /// Whether `/` is the kiosk page (`--web-kiosk`), as `/kiosk` always is.
    public var kiosk: Bool
    /// Pages from other origins that may open `/ws` (`--web-origin`), e.g. a drop-in centre's
    /// own site; the door's own origin always may.
    public var allowedOrigins: [String]

    public init(host: String = "127.0.0.1", port: Int, kiosk: Bool = false, allowedOrigins: [String] = []) {
        self.host = host
        self.port = port
        self.kiosk = kiosk
        self.allowedOrigins = allowedOrigins
    }
}
