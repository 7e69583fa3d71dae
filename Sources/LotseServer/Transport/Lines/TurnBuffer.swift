public import LotseProtocol
public import NIOCore

/// A turn's lines written straight into the bytes that go on the wire, each ended by LF.
public struct TurnBuffer: ServerLineSink, Sendable {
    /// The bytes written so far.
    public private(set) var buffer: ByteBuffer

    /// Writes after what `buffer` already holds.
    public init(_ buffer: ByteBuffer) {
        self.buffer = buffer
    }

    /// Empties the buffer, keeping its storage, for the next turn.
    public mutating func reset() {
        buffer.clear()
    }

    public mutating func append(_ piece: String) {
        buffer.writeString(piece)
    }

    public mutating func append(_ piece: Substring) {
        buffer.writeSubstring(piece)
    }

    public mutating func append(spelt: SpeltLines) {
        buffer.writeBytes(spelt.bytes)
    }

    public mutating func endLine() {
        buffer.writeInteger(UInt8(ascii: "\n"))
    }
}
