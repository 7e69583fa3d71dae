import NIOCore
import NIOHTTP1

/// Answers the web door's plain HTTP requests: the page and its files (`GET`), the slip's QR
/// code (`POST /qr`), and `/ws` when its upgrade was refused (403: a page from another origin).
/// Every answer forbids caching, framing and sniffing and carries a strict Content-Security-Policy:
/// the page loads nothing from another host and sets no cookie.
final class WebPageHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let page: WebPage
    private let encrypted: Bool
    private var request: HTTPRequestHead?
    /// The body of a `POST`, up to `WebPage.maxRequestBytes`; nil once it grew past it.
    private var body: ByteBuffer?

    init(page: WebPage, encrypted: Bool) {
        self.page = page
        self.encrypted = encrypted
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            request = head
            body = context.channel.allocator.buffer(capacity: 0)
        case .body(var part):
            if let size = body?.readableBytes, size + part.readableBytes <= WebPage.maxRequestBytes {
                body?.writeBuffer(&part)
            } else {
                body = nil
            }
        case .end:
            guard let request else { return }
            respond(to: request, body: body, context: context)
            self.request = nil
            body = nil
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent, request == nil {
            context.close(promise: nil)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    private func respond(to request: HTTPRequestHead, body: ByteBuffer?, context: ChannelHandlerContext) {
        let response = page.response(
            method: request.method, path: WebSetup.path(of: request.uri), body: body,
            isUpgrade: request.headers.contains(name: "Upgrade"))
        var head = HTTPResponseHead(version: request.version, status: response.status)
        head.headers.add(name: "Content-Type", value: response.type)
        head.headers.add(name: "Content-Length", value: String(response.body.readableBytes))
        for (name, value) in WebPage.securityHeaders(encrypted: encrypted) { head.headers.add(name: name, value: value) }
        if response.status == .methodNotAllowed { head.headers.add(name: "Allow", value: "GET, POST") }
        let keepAlive = request.isKeepAlive && response.status.code < 400
        if !keepAlive { head.headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(response.body))), promise: nil)
        let written = context.writeAndFlush(wrapOutboundOut(.end(nil)))
        if !keepAlive { written.assumeIsolated().whenComplete { _ in context.close(promise: nil) } }
    }
}
