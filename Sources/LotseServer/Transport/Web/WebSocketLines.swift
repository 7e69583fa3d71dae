import NIOCore
import NIOWebSocket

/// Protocol v1 over a WebSocket, as `PROTOCOL.md` ("Other transports") says it: each text
/// message is one line without its LF, both ways. Inbound, a message becomes the bytes of one
/// LF-ended line for the line transport behind it (`SessionHandler`), so framing, limits and
/// answers are the TCP connection's; outbound, each line of a turn becomes a text message.
///
/// A binary message, or a line feed inside a text message, reaches the session as the
/// control character it is and is answered `ERR 400`. Pings are answered; a close is answered
/// and ends the connection; when the session closes the connection (its `BYE`), a close
/// message goes first.
final class WebSocketLines: ChannelDuplexHandler {
    typealias InboundIn = WebSocketFrame
    typealias InboundOut = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = WebSocketFrame

    /// Whether our close message is out: nothing is written after it.
    private var closeSent = false

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        switch frame.opcode {
        case .text:
            context.fireChannelRead(wrapInboundOut(Self.line(frame.unmaskedData, allocator: context.channel.allocator)))
        case .binary:
            context.fireChannelRead(wrapInboundOut(ByteBuffer(bytes: [Self.controlCharacter, Self.lineFeed])))
        case .ping:
            guard !closeSent else { return }
            context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .pong, data: frame.unmaskedData)), promise: nil)
        case .connectionClose:
            sendClose(context: context, promise: nil)
            context.close(promise: nil)
        default:
            break
        }
    }

    /// Each LF-ended line of a turn as a text message; the write's promise completes with the last.
    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard !closeSent else {
            promise?.fail(ChannelError.outputClosed)
            return
        }
        var turn = unwrapOutboundIn(data)
        var messages: [ByteBuffer] = []
        while let end = turn.readableBytesView.firstIndex(of: Self.lineFeed) {
            messages.append(turn.readSlice(length: end - turn.readerIndex)!)
            turn.moveReaderIndex(forwardBy: 1)
        }
        if turn.readableBytes > 0 { messages.append(turn) }
        for (index, message) in messages.enumerated() {
            let frame = WebSocketFrame(fin: true, opcode: .text, data: message)
            context.write(wrapOutboundOut(frame), promise: index == messages.count - 1 ? promise : nil)
        }
        if messages.isEmpty { promise?.succeed() }
    }

    /// The session ends the connection: a close message (1000) first, then the socket.
    func close(context: ChannelHandlerContext, mode: CloseMode, promise: EventLoopPromise<Void>?) {
        guard mode == .all, !closeSent, context.channel.isActive else {
            context.close(mode: mode, promise: promise)
            return
        }
        sendClose(context: context, promise: nil)
        context.close(mode: mode, promise: promise)
    }

    private func sendClose(context: ChannelHandlerContext, promise: EventLoopPromise<Void>?) {
        guard !closeSent else { return }
        closeSent = true
        var code = context.channel.allocator.buffer(capacity: 2)
        code.write(webSocketErrorCode: .normalClosure)
        context.writeAndFlush(wrapOutboundOut(WebSocketFrame(fin: true, opcode: .connectionClose, data: code)), promise: promise)
    }

    /// The message as one line: its bytes with every LF made a NUL (a control character
    /// either way, which the session refuses), then the LF that ends it.
    static func line(_ message: ByteBuffer, allocator: ByteBufferAllocator) -> ByteBuffer {
        var line = allocator.buffer(capacity: message.readableBytes + 1)
        line.writeBytes(message.readableBytesView.lazy.map { $0 == lineFeed ? controlCharacter : $0 })
        line.writeInteger(lineFeed)
        return line
    }

    private static let lineFeed = UInt8(ascii: "\n")
    private static let controlCharacter: UInt8 = 0
}
