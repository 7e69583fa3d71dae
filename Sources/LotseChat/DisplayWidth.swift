/// How many terminal columns text takes: combining marks and format characters (such as the
/// right-to-left mark U+200F) take none,
/// East Asian wide characters and most emoji take two, everything else one.
///
/// Cyrillic, Polish, Turkish and Arabic letters are one column each; Arabic's combining
/// vowel marks take none.
public enum DisplayWidth {
    /// The columns `text` takes on a terminal; ANSI escape sequences (`ESC [ … letter`) take none.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var columns = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if (0x40...0x7E).contains(scalar.value), scalar != "[" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                columns += of(scalar)
            }
        }
        return columns
    }

    /// The columns one scalar takes.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if value == 0x200B || (0x1160...0x11FF).contains(value) { return 0 }
        return isWide(value) || properties.isEmojiPresentation ? 2 : 1
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15, the blocks that matter in practice).
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
