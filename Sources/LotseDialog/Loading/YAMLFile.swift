import Yams

/// One Dialogs file read and parsed into a YAML tree.
struct YAMLFile {
    /// The path shown in diagnostics (the directory as given, joined with the file's name).
    let path: String
    let text: String

    /// The file's document, or nil with an error at the place the YAML parser stopped.
    func root(log: inout DiagnosticLog) -> YAMLNode? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.error("the file is empty; see docs/dialogs.md for what belongs in it", at: start)
                return nil
            }
            return YAMLNode(node: node, source: YAMLSource(path: path, text: text))
        } catch let error as YamlError {
            log.error(message(for: error), at: location(of: error))
            return nil
        } catch {
            log.error("cannot read YAML: \(error)", at: start)
            return nil
        }
    }

    private var start: SourceLocation { SourceLocation(file: path, line: 1, column: 1) }

    private func location(of error: YamlError) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            SourceLocation(file: path, line: mark.line, column: mark.column)
        default:
            start
        }
    }

    private func message(for error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            let while_ = context.map { " (\($0.text))" } ?? ""
            return "YAML syntax: \(problem)\(while_); check the indentation and quote text that contains ': ' or starts with a special character"
        case .reader(let problem, _, _, _):
            return "cannot read the file: \(problem); save it as UTF-8"
        default:
            return "YAML: \(error)"
        }
    }
}
