/// A pattern for one server line: literal text in which `*` matches any text (also none).
public struct LinePattern: Sendable, Equatable, CustomStringConvertible {
    public let source: String
    private let pieces: [Substring]

    public init(_ source: String) {
        self.source = source
        self.pieces = source.split(separator: "*", omittingEmptySubsequences: false)
    }

    /// Whether the whole of `line` matches.
    public func matches(_ line: String) -> Bool {
        guard pieces.count > 1 else { return line == source }
        var rest = Substring(line)
        guard rest.hasPrefix(pieces[0]) else { return false }
        rest = rest.dropFirst(pieces[0].count)
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let range = rest.firstRange(of: piece) else { return false }
            rest = rest[range.upperBound...]
        }
        return rest.hasSuffix(pieces[pieces.count - 1])
    }

    public var description: String { source }
}
