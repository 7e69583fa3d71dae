import NIOCore

/// Splits the bytes of a connection into lines at LF, holding at most one limit's worth of
/// bytes: a line that grows past the limit is discarded as it arrives (however long it gets)
/// and reported once, as `.tooLong`, when its LF comes.
struct LineFrameDecoder {
    /// The most bytes a line may have, without its CR LF.
    let maxLineBytes: Int
    /// Whether the bytes since the last LF already exceed the limit.
    private var isDiscarding = false

    init(maxLineBytes: Int) {
        self.maxLineBytes = maxLineBytes
    }

    /// The next frame in `buffer` (a line is a slice of it), or nil when the rest is part of
    /// a line still arriving — dropped at once if it is already too long.
    mutating func next(from buffer: inout ByteBuffer) -> ClientFrame? {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            // Room for the limit and a CR; past that the line is too long whatever follows.
            if isDiscarding || buffer.readableBytes > maxLineBytes + 1 {
                isDiscarding = true
                buffer.moveReaderIndex(to: buffer.writerIndex)
            }
            return nil
        }
        let length = newline - buffer.readerIndex
        defer { isDiscarding = false }
        if isDiscarding || contentLength(of: buffer, length: length) > maxLineBytes {
            buffer.moveReaderIndex(forwardBy: length + 1)
            return .tooLong
        }
        let line = buffer.readSlice(length: length)!
        buffer.moveReaderIndex(forwardBy: 1)
        return .line(line)
    }

    /// The line's length without a trailing CR.
    private func contentLength(of buffer: ByteBuffer, length: Int) -> Int {
        guard length > 0, buffer.getInteger(at: buffer.readerIndex + length - 1, as: UInt8.self) == UInt8(ascii: "\r") else {
            return length
        }
        return length - 1
    }
}
