public import NIOCore

/// Splits what a Lotse server sends into lines: without the LF and a CR before it, decoded as
/// UTF-8. A line longer than `maxLineBytes` is an error rather than a buffer without bound.
public struct ServerLineDecoder: ByteToMessageDecoder {
    public typealias InboundOut = String

    /// The most bytes a server line may have before the client gives up on it.
    public static let defaultMaxLineBytes = 1 << 20

    let maxLineBytes: Int

    public init(maxLineBytes: Int = defaultMaxLineBytes) {
        self.maxLineBytes = maxLineBytes
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > maxLineBytes { throw LineConnectionError.lineTooLong(limit: maxLineBytes) }
            return .needMoreData
        }
        var line = buffer.readSlice(length: newline - buffer.readerIndex)!
        buffer.moveReaderIndex(forwardBy: 1)
        if line.readableBytesView.last == UInt8(ascii: "\r") { line.moveWriterIndex(to: line.writerIndex - 1) }
        context.fireChannelRead(wrapInboundOut(String(decoding: line.readableBytesView, as: UTF8.self)))
        return .continue
    }

    /// At the end, an unterminated last line is dropped: the turn rule says every line ends.
    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        buffer.moveReaderIndex(to: buffer.writerIndex)
        return .needMoreData
    }
}
