import Yams

/// A YAML node together with the file it came from, so every value knows its location.
struct YAMLNode {
    let node: Node
    let source: YAMLSource

    /// The path shown in diagnostics.
    var file: String { source.path }

    var location: SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Where the text of a scalar starts: after the opening quote of a quoted scalar.
    var textLocation: SourceLocation {
        guard case .scalar(let scalar) = node else { return location }
        switch scalar.style {
        case .singleQuoted, .doubleQuoted: return location.advanced(by: 1)
        default: return location
        }
    }

    /// Where the character at `offset` in a scalar's text stands in the file, also when the
    /// scalar is folded over several lines (each line break and the indentation after it read
    /// as one space).
    func textLocation(at offset: Int) -> SourceLocation {
        let start = textLocation
        var line = start.line
        var column = start.column
        var remaining = offset
        while let text = source.line(line) {
            let rest = text.dropFirst(column - 1)
            let written = rest.count - rest.reversed().prefix { $0 == " " || $0 == "\t" }.count
            if remaining <= written { break }
            guard let next = source.line(line + 1) else { break }
            remaining -= written + 1
            line += 1
            column = next.prefix { $0 == " " || $0 == "\t" }.count + 1
        }
        return SourceLocation(file: file, line: line, column: column + remaining)
    }

    /// The text of a scalar; nil for a mapping or sequence.
    var scalar: String? {
        if case .scalar(let scalar) = node { return scalar.string }
        return nil
    }

    /// Whether this is YAML's null (`~`, `null` or nothing).
    var isNull: Bool {
        if case .scalar(let scalar) = node {
            return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
        }
        return false
    }

    var sequence: [YAMLNode]? {
        if case .sequence(let sequence) = node { return sequence.map { YAMLNode(node: $0, source: source) } }
        return nil
    }

    /// A description of the node's shape for error messages ("a list", "a map", "'foo'").
    var shape: String {
        switch node {
        case .scalar(let scalar): "'\(scalar.string)'"
        case .mapping: "a map"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
