import LotseSlip

/// The right-to-left mark on a terminal line: after the colour escapes at the line's start, so
/// that it stands right before the text.
extension TextDirection {
    /// `line` marked as `marked(_:language:)` marks it, the mark after any `ESC [ … letter` at
    /// its start.
    static func marked(terminalLine line: String, language: String) -> String {
        guard isRightToLeft(language) else { return line }
        let scalars = line.unicodeScalars
        var text = scalars.startIndex
        while scalars[text...].starts(with: "\u{1B}[".unicodeScalars),
            let end = scalars[scalars.index(text, offsetBy: 2)...].firstIndex(where: { (0x40...0x7E).contains($0.value) })
        {
            text = scalars.index(after: end)
        }
        return String(scalars[..<text]) + marked(String(scalars[text...]), language: language)
    }
}
