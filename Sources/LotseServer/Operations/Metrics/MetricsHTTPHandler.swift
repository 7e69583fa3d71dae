import LotseDialog
import LotseService
import NIOCore
import NIOHTTP1
import Prometheus

/// Answers the operators' HTTP requests on `--metrics`: `GET /metrics` the Prometheus text
/// format, `GET /health` 200 with the dialog served (the daemon only listens once a dialog is
/// loaded), anything else 404.
final class MetricsHTTPHandler: ChannelInboundHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let metrics: ServerMetrics
    private let store: DialogStore
    private var path: String?

    init(metrics: ServerMetrics, store: DialogStore) {
        self.metrics = metrics
        self.store = store
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            path = request.method == .GET ? String(request.uri.prefix { $0 != "?" }) : nil
        case .body:
            break
        case .end:
            let (status, type, body) = response(to: path)
            var head = HTTPResponseHead(version: .http1_1, status: status)
            head.headers.add(name: "Content-Type", value: type)
            head.headers.add(name: "Content-Length", value: String(body.readableBytes))
            head.headers.add(name: "Connection", value: "close")
            context.write(wrapOutboundOut(.head(head)), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }

    private func response(to path: String?) -> (HTTPResponseStatus, String, ByteBuffer) {
        switch path {
        case "/metrics":
            return (.ok, "text/plain; version=0.0.4; charset=utf-8", ByteBuffer(bytes: metrics.registry.emitToBuffer()))
        case "/health":
            let dialog = store.current
            return (.ok, "text/plain; charset=utf-8", ByteBuffer(string: "ok dialog=\(dialog.name)@\(dialog.version)\n"))
        default:
            return (.notFound, "text/plain; charset=utf-8", ByteBuffer(string: "/metrics or /health\n"))
        }
    }
}
