import NIOCore
import Testing

@testable import LotseServer

/// The line framer on its own: every way the bytes of a connection may be split into reads
/// gives the same frames, as NIOTestUtils' ByteToMessageDecoderVerifier checks for a decoder.
@Suite struct LineFrameDecoderTests {
    /// What a frame is, comparably: the line's text, or nil for a discarded long line.
    private static func describe(_ frame: ClientFrame) -> String? {
        if case .line(let buffer) = frame { return String(buffer: buffer) }
        return nil
    }

    /// The frames of `bytes` arriving in reads cut at `cuts`, as SessionHandler feeds them
    /// (the unframed rest kept and joined to the next read).
    private func frames(of bytes: [UInt8], cutAt cuts: [Int], limit: Int) -> [String?] {
        var decoder = LineFrameDecoder(maxLineBytes: limit)
        var pending = ByteBuffer()
        var found: [String?] = []
        var start = 0
        for end in cuts + [bytes.count] where end >= start {
            pending.writeBytes(bytes[start..<end])
            start = end
            while let frame = decoder.next(from: &pending) { found.append(Self.describe(frame)) }
            pending.discardReadBytes()
        }
        return found
    }

    static let input = Array("19\r\nja\n\n/help\n".utf8) + Array(repeating: UInt8(ascii: "x"), count: 12) + Array("\nok\nhalb".utf8)

    @Test func everySingleSplitGivesTheSameFrames() {
        let whole = frames(of: Self.input, cutAt: [], limit: 8)
        #expect(whole == ["19\r", "ja", "", "/help", nil, "ok"])
        for cut in 0...Self.input.count {
            #expect(frames(of: Self.input, cutAt: [cut], limit: 8) == whole, "cut at \(cut)")
        }
    }

    @Test func everyPairOfSplitsAndByteByByteGiveTheSameFrames() {
        let whole = frames(of: Self.input, cutAt: [], limit: 8)
        for first in 0...Self.input.count {
            for second in first...Self.input.count {
                #expect(frames(of: Self.input, cutAt: [first, second], limit: 8) == whole, "cuts at \(first), \(second)")
            }
        }
        #expect(frames(of: Self.input, cutAt: Array(1..<Self.input.count), limit: 8) == whole, "one byte a read")
    }

    @Test func exactlyTheLimitWithCRLFIsALine() {
        let line = Array(String(repeating: "a", count: 8).utf8) + [0x0D, 0x0A]
        #expect(frames(of: line, cutAt: [], limit: 8) == ["aaaaaaaa\r"])
        #expect(frames(of: Array("aaaaaaaaa\n".utf8), cutAt: [4], limit: 8) == [nil])
    }
}
