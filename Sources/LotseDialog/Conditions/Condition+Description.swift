extension Condition: CustomStringConvertible {
    /// The condition in the source syntax, with parentheses only where precedence needs them.
    public var description: String { text(precedence: 0) }

    /// - Parameter precedence: that of the surrounding operator: 0 or, 1 and, 2 not. The right
    ///   operand of `and`/`or` is printed one level tighter, as the parser groups to the left.
    private func text(precedence: Int) -> String {
        switch self {
        case .comparison(let slot, let op, let value):
            return "\(slot) \(op.rawValue) \(value)"
        case .membership(let slot, let values):
            return "\(slot) in [\(values.map(\.description).joined(separator: ", "))]"
        case .not(let inner):
            return "not \(inner.text(precedence: 2))"
        case .and(let a, let b):
            let body = "\(a.text(precedence: 1)) and \(b.text(precedence: 2))"
            return precedence > 1 ? "(\(body))" : body
        case .or(let a, let b):
            let body = "\(a.text(precedence: 0)) or \(b.text(precedence: 1))"
            return precedence > 0 ? "(\(body))" : body
        }
    }
}
