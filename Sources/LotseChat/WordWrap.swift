/// Breaks text into lines no wider than a number of terminal columns, at spaces, measuring
/// with `DisplayWidth`. A word longer than a line is cut.
public enum WordWrap {
    /// The lines of `text` wrapped to `width` columns.
    ///
    /// - Parameters:
    ///   - text: one paragraph (line breaks are treated as spaces).
    ///   - width: the terminal width in columns (at least 10 is assumed).
    ///   - firstPrefix: the start of the first line (e.g. a list number), counted in its width.
    ///   - hanging: the prefix of every line after the first (e.g. spaces to align a list).
    public static func lines(_ text: String, width: Int, firstPrefix: String = "", hanging: String = "") -> [String] {
        let width = max(width, 10)
        var lines: [String] = []
        var current = firstPrefix
        var currentWidth = DisplayWidth.of(firstPrefix)
        var lineHasWord = false
        let words = text.split(whereSeparator: { $0 == " " || $0.isNewline })
        for word in words {
            var word = Substring(word)
            var wordWidth = DisplayWidth.of(word)
            if lineHasWord, currentWidth + 1 + wordWidth > width {
                lines.append(current)
                current = hanging
                currentWidth = DisplayWidth.of(hanging)
                lineHasWord = false
            }
            // A word wider than the whole line is cut into pieces that fit.
            while currentWidth + (lineHasWord ? 1 : 0) + wordWidth > width, !word.isEmpty {
                let room = width - currentWidth - (lineHasWord ? 1 : 0)
                let (piece, rest) = split(word, columns: max(room, 1))
                current += (lineHasWord ? " " : "") + piece
                lines.append(current)
                current = hanging
                currentWidth = DisplayWidth.of(hanging)
                lineHasWord = false
                word = rest
                wordWidth = DisplayWidth.of(word)
            }
            guard !word.isEmpty else { continue }
            current += (lineHasWord ? " " : "") + word
            currentWidth += (lineHasWord ? 1 : 0) + wordWidth
            lineHasWord = true
        }
        if lineHasWord || lines.isEmpty { lines.append(current) }
        return lines
    }

    /// The longest start of `word` that fits `columns` (at least one character), and the rest.
    private static func split(_ word: Substring, columns: Int) -> (Substring, Substring) {
        var used = 0
        var end = word.startIndex
        for character in word {
            let width = DisplayWidth.of(String(character))
            if used + width > columns, end > word.startIndex { break }
            used += width
            end = word.index(after: end)
        }
        return (word[..<end], word[end...])
    }
}
