import Yams

/// A YAML node together with the file it came from, so every value knows its location.
struct YAMLNode {
    let node: Node
    let file: String

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
        if case .sequence(let sequence) = node { return sequence.map { YAMLNode(node: $0, file: file) } }
        return nil
    }

    var isMapping: Bool {
        if case .mapping = node { return true }
        return false
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
