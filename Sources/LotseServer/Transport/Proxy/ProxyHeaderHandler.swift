import Logging
import NIOCore

/// First in the pipeline of a lotsed behind HAProxy (`--proxy-protocol`): reads the PROXY
/// header before anything else — before TLS, which HAProxy passes through after it — hands the
/// terminal's address on as a `ProxyHeader` event, lets the handlers after it see the
/// connection start, and leaves the pipeline. A connection that does not begin with a valid
/// header in time is closed unanswered: a lotsed that expects headers must only be reachable
/// through the balancer, since whoever connects names the address it is judged by.
final class ProxyHeaderHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let timeout: TimeAmount
    private let logger: Logger
    /// The bytes of the header so far, while it is still arriving.
    private var pending: ByteBuffer?
    private var deadline: Scheduled<Void>?
    private var isDone = false

    init(timeout: TimeAmount = .seconds(5), logger: Logger) {
        self.timeout = timeout
        self.logger = logger
    }

    func channelActive(context: ChannelHandlerContext) {
        // Held back until the header is read: the session is admitted by the address it names.
        deadline = context.eventLoop.assumeIsolated().scheduleTask(in: timeout) { [self] in
            refuse(.timedOut, context: context)
        }
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !isDone else { return }
        var bytes = unwrapInboundIn(data)
        if var pending {
            pending.writeBuffer(&bytes)
            bytes = pending
        }
        guard let newline = bytes.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if bytes.readableBytes >= ProxyHeader.maxLength {
                refuse(.tooLong, context: context)
            } else {
                pending = bytes
            }
            return
        }
        let length = newline - bytes.readerIndex + 1
        let header: ProxyHeader
        do throws(ProxyHeaderError) {
            header = try ProxyHeader(bytes.readableBytesView.prefix(length))
        } catch {
            refuse(error, context: context)
            return
        }
        bytes.moveReaderIndex(forwardBy: length)
        isDone = true
        pending = nil
        deadline?.cancel()
        context.fireUserInboundEventTriggered(header)
        context.fireChannelActive()
        if bytes.readableBytes > 0 { context.fireChannelRead(wrapInboundOut(bytes)) }
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }

    func channelInactive(context: ChannelHandlerContext) {
        deadline?.cancel()
        context.fireChannelInactive()
    }

    private func refuse(_ reason: ProxyHeaderError, context: ChannelHandlerContext) {
        guard !isDone else { return }
        isDone = true
        pending = nil
        deadline?.cancel()
        logger.notice("connection refused", metadata: ["reason": "\(reason)"])
        context.close(promise: nil)
    }
}
