import LotseEngine
import LotseProtocol
import Testing

/// What the server accepts as a client line, checked without sockets.
@Suite struct ClientLineTests {
    @Test(arguments: [
        ("19", "19"),
        ("19\r", "19"),
        ("", ""),
        ("\r", ""),
        ("Ich heiße Ünal – 19 Jahre", "Ich heiße Ünal – 19 Jahre"),
        ("مرحبا ١٩", "مرحبا ١٩"),
        ("//skip", "//skip"),
        ("a\u{2028}b", "a\u{2028}b"),
    ])
    func acceptedLines(_ line: String, _ text: String) throws {
        #expect(try ClientLine.decode(Array(line.utf8)) == text)
    }

    @Test(
        arguments: [
            ([0x00], ClientLineError.controlCharacter(0)),
            ([0x31, 0x09, 0x32], .controlCharacter(9)),
            ([0x31, 0x0D, 0x32], .controlCharacter(0x0D)),
            ([0x0D, 0x0D], .controlCharacter(0x0D)),
            ([0x1B, 0x5B, 0x32, 0x4A], .controlCharacter(0x1B)),
            ([0x7F], .controlCharacter(0x7F)),
            ([0xC2, 0x9B], .controlCharacter(0x9B)),
            ([0xFF], .invalidUTF8),
            ([0xC3, 0x28], .invalidUTF8),
            ([0xE2, 0x82], .invalidUTF8),
            ([0xED, 0xA0, 0x80], .invalidUTF8),
            ([0xC0, 0xAF], .invalidUTF8),
        ] as [([UInt8], ClientLineError)])
    func refusedLines(_ bytes: [UInt8], _ error: ClientLineError) {
        #expect(throws: error) { try ClientLine.decode(bytes) }
    }

    @Test func refusalsHaveTheirCodes() {
        #expect(ClientLineError.tooLong(limit: 1024).code == .lineTooLong)
        #expect(ClientLineError.invalidUTF8.code == .notUnderstood)
        #expect(ClientLineError.controlCharacter(0x1B).code == .notUnderstood)
        #expect("\(ClientLineError.controlCharacter(0x1B))" == "the line holds a control character (0x1B)")
        #expect("\(ClientLineError.tooLong(limit: 1024))" == "line too long: at most 1024 bytes; the line was discarded")
    }
}
