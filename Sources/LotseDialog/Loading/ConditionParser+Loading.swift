extension ConditionParser {
    /// Parses the condition written in `node`, reporting a problem at its column in the file.
    func parse(_ node: YAMLNode, log: inout DiagnosticLog) -> Condition? {
        guard let source = node.scalar else {
            log.error("a condition should be text, like 'age >= 18', not \(node.shape)", at: node.location)
            return nil
        }
        do {
            return try parse(source)
        } catch {
            log.error(error.message, at: node.textLocation(at: error.offset))
            return nil
        }
    }
}
