/// Which way a language's lines run. A line of Arabic or Persian that starts with a Latin word,
/// a number or a bracket is shown left to right by many phones and terminals unless it starts
/// with a right-to-left mark; every client marks its lines here.
public enum TextDirection {
    /// U+200F RIGHT-TO-LEFT MARK: invisible and no column wide, it makes its line right to left.
    public static let rightToLeftMark = "\u{200F}"

    /// Whether lines in `language` run right to left (Arabic, Persian).
    public static func isRightToLeft(_ language: String) -> Bool {
        rightToLeft.contains(language)
    }

    /// `line` with the right-to-left mark at its start when `language` runs right to left;
    /// an empty line, a line that has the mark already and a line of any other language as
    /// they are.
    public static func marked(_ line: String, language: String) -> String {
        guard isRightToLeft(language), !line.isEmpty, !line.hasPrefix(rightToLeftMark) else { return line }
        return rightToLeftMark + line
    }

    private static let rightToLeft: Set<String> = ["ar", "fa"]
}
