import LotseDialog

extension ServerLine {
    /// `text` without control characters (C0, DEL, C1) and without surrounding spaces.
    static func clean(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isControl(scalar) {
            scalars.append(scalar)
        }
        return String(scalars).trimmingSpaces()
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    /// Whether `text` is already one clean line — no control character, line or paragraph
    /// separator, and no space or tab at either end — as nearly every dialog text is. One pass
    /// over the UTF-8 bytes, so the common case costs no copy.
    static func isClean(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(isClean(utf8:))
    }

    static func isClean(_ text: Substring) -> Bool {
        var text = text
        return text.withUTF8(isClean(utf8:))
    }

    private static func isClean(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F { return false }
            // C1 controls are C2 80…C2 9F; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            if previous == 0xC2, byte <= 0x9F, byte >= 0x80 { return false }
            if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return false }
            beforePrevious = previous
            previous = byte
        }
        return true
    }
}
