import LotseProtocol
import NIOCore

/// A turn's lines written straight into the bytes that go on the wire, each ended by LF.
struct TurnBuffer: ServerLineSink {
    private(set) var buffer: ByteBuffer

    init(_ buffer: ByteBuffer) {
        self.buffer = buffer
    }

    mutating func append(_ piece: String) {
        buffer.writeString(piece)
    }

    mutating func append(_ piece: Substring) {
        buffer.writeSubstring(piece)
    }

    mutating func endLine() {
        buffer.writeInteger(UInt8(ascii: "\n"))
    }
}
