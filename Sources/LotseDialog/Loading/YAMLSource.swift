/// The text of one Dialogs file, shared by all nodes read from it, so that a place inside a
/// scalar that spans lines can be found again.
final class YAMLSource: Sendable {
    /// The path shown in diagnostics.
    let path: String
    private let lines: [Substring]

    init(path: String, text: String) {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The text of 1-based line `number` without its line break, or nil past the end.
    func line(_ number: Int) -> Substring? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }
}
