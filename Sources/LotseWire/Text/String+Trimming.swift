extension StringProtocol where UTF8View: BidirectionalCollection {
    /// The text without the spaces and tabs at either end. Works on the UTF-8 bytes (both are
    /// ASCII), so it costs no grapheme breaking and no Foundation.
    public func trimmingSpaces() -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Self.isSpace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, Self.isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return String(self[start..<end])
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }
}
