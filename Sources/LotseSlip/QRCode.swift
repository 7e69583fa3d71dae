import CQRencode

/// A QR code symbol made by libqrencode: a square of dark and light modules that a phone
/// camera reads as plain (UTF-8) text.
public struct QRCode: Sendable, Equatable {
    /// Modules on a side, without the quiet zone.
    public let size: Int
    /// Row by row, true for a dark module.
    public let modules: [Bool]

    /// The code for `text` at the smallest version that holds it (error correction level L:
    /// a screen is flat and clean, and every module is needed for the text), or nil when even
    /// the largest allowed version (`maximumSize` modules a side) does not.
    public init?(text: String, maximumSize: Int = 177) {
        guard !text.isEmpty, let code = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_L) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        guard width <= maximumSize else { return nil }
        size = width
        // Bit 0 of each byte is the module's colour; the other bits describe its role.
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// Whether the module at `row`, `column` is dark; outside the symbol (the quiet zone) it
    /// is light.
    public func isDark(row: Int, column: Int) -> Bool {
        guard (0..<size).contains(row), (0..<size).contains(column) else { return false }
        return modules[row * size + column]
    }

    /// The light border every side needs for a camera to find the code, in modules.
    public static let quietZone = 2

    /// The code drawn with Unicode half blocks — two module rows per text line, one module a
    /// column — with its quiet zone: `(size + 4)` columns, `(size + 4) / 2` lines (rounded up).
    /// Each block shows a *light* module as a filled cell, so print the lines light on dark
    /// (`Style.qr` sets the colours for any terminal).
    public func halfBlockLines() -> [String] {
        let span = size + 2 * Self.quietZone
        var lines: [String] = []
        for top in stride(from: 0, to: span, by: 2) {
            var line = ""
            for column in 0..<span {
                let upper = !isDark(row: top - Self.quietZone, column: column - Self.quietZone)
                let lower = top + 1 < span && !isDark(row: top + 1 - Self.quietZone, column: column - Self.quietZone)
                line.append(upper ? (lower ? "█" : "▀") : (lower ? "▄" : " "))
            }
            lines.append(line)
        }
        return lines
    }

    /// The modules of a half-block drawing, as `halfBlockLines()` wrote it (quiet zone
    /// included): what a camera sees on the screen. Nil when the lines are no such drawing.
    public static func modules(fromHalfBlocks lines: [String]) -> [[Bool]]? {
        var rows: [[Bool]] = []
        for line in lines {
            var upper: [Bool] = []
            var lower: [Bool] = []
            for character in line {
                switch character {
                case "█":
                    upper.append(false)
                    lower.append(false)
                case "▀":
                    upper.append(false)
                    lower.append(true)
                case "▄":
                    upper.append(true)
                    lower.append(false)
                case " ":
                    upper.append(true)
                    lower.append(true)
                default: return nil
                }
            }
            rows += [upper, lower]
        }
        return rows
    }
}
