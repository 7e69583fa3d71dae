import LotseWire

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
        var index = 0
        while index < bytes.count {
            // Eight printable ASCII bytes at once, as most of every text is; they end any
            // multi-byte sequence the checks below look back on.
            if index + 8 <= bytes.count,
                isPrintableASCII(UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: index, as: UInt64.self))
            {
                index += 8
                previous = 0
                beforePrevious = 0
                continue
            }
            let end = min(index + 8, bytes.count)
            for byte in bytes[index..<end] {
                if byte < 0x20 || byte == 0x7F { return false }
                // C1 controls are C2 80…C2 9F; U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                if previous == 0xC2, byte <= 0x9F, byte >= 0x80 { return false }
                if beforePrevious == 0xE2, previous == 0x80, byte == 0xA8 || byte == 0xA9 { return false }
                beforePrevious = previous
                previous = byte
            }
            index = end
        }
        return true
    }

    /// Whether each of the word's eight bytes is printable ASCII (0x20…0x7E): none has its
    /// high bit set, none is below 0x20, none is DEL.
    private static func isPrintableASCII(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let belowSpace = (word &- ones &* 0x20) & ~word & highBits
        let delete = word ^ (ones &* 0x7F)
        let isDelete = (delete &- ones) & ~delete & highBits
        return (word | belowSpace | isDelete) & highBits == 0
    }
}
