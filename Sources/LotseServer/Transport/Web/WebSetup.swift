import LotseService
import NIOCore
import NIOHTTP1
import NIOWebSocket

/// The web transport: HTTP/1.1 for the page (`WebPageHandler`), and at `/ws` an upgrade to a
/// WebSocket whose text messages are the lines of protocol v1 (`WebSocketLines`) — carried on
/// by the same line transport as TCP, so that admission, limits, idle wipe, `/auth` rules,
/// log lines and counts are one road. TLS, when configured, wraps this setup as it wraps TCP's.
struct WebSetup: TransportSetup {
    /// The line transport behind the upgrade.
    let lines: LineSetup
    let page: WebPage
    let origins: [String]

    /// The largest message the socket takes: past the line limit (so that a long line is
    /// answered `ERR 413` as over TCP), well below anything that could hold the loop.
    private var maxMessageBytes: Int { max(4 * lines.service.limits.maxLineBytes, 16_384) }

    /// How long an HTTP connection may stay without a request (the page's own requests are
    /// few and quick; a socket held open for nothing is closed).
    static let httpIdleTimeout = TimeAmount.seconds(30)

    func setUp(_ channel: any Channel, encrypted: Bool) throws {
        let check = OriginCheck(encrypted: encrypted, allowed: origins)
        let lines = self.lines
        let maxMessageBytes = self.maxMessageBytes
        let idle = IdleStateHandler(allTimeout: Self.httpIdleTimeout)
        let pageHandler = WebPageHandler(page: page, encrypted: encrypted)
        let upgrader = NIOWebSocketServerUpgrader(
            maxFrameSize: maxMessageBytes,
            shouldUpgrade: { channel, request in
                let allowed = Self.path(of: request.uri) == WebPage.socketPath && check.allows(request)
                return channel.eventLoop.makeSucceededFuture(allowed ? HTTPHeaders() : nil)
            },
            upgradePipelineHandler: { channel, _ in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    // The page's handler and the HTTP idle clock go before the first message
                    // arrives; the session's own idle wipe takes over.
                    pipeline.removeHandler(name: Self.pageHandlerName, promise: nil)
                    pipeline.removeHandler(name: Self.idleHandlerName, promise: nil)
                    try pipeline.addHandler(
                        NIOWebSocketFrameAggregator(
                            minNonFinalFragmentSize: 1, maxAccumulatedFrameCount: 64, maxAccumulatedFrameSize: maxMessageBytes))
                    try pipeline.addHandler(WebSocketLines())
                    try lines.setUp(channel, encrypted: encrypted)
                }
            })
        let pipeline = channel.pipeline.syncOperations
        try pipeline.addHandler(idle, name: Self.idleHandlerName)
        try pipeline.configureHTTPServerPipeline(
            withServerUpgrade: (
                upgraders: [upgrader],
                completionHandler: { _ in }
            ))
        try pipeline.addHandler(pageHandler, name: Self.pageHandlerName)
    }

    private static let pageHandlerName = "lotse-web-page"
    private static let idleHandlerName = "lotse-web-idle"

    /// The request target without its query.
    static func path(of uri: String) -> Substring {
        uri.prefix { $0 != "?" && $0 != "#" }
    }
}
