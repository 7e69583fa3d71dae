import Yams

/// One Dialogs file read and parsed into a YAML tree.
struct YAMLFile: Sendable {
    /// The path shown in diagnostics (the directory as given, joined with the file's name).
    let path: String
    /// Its path inside the Dialogs directory (`networks/olpe/partners.yaml`).
    let relativePath: String
    let text: String

    /// The file's document, or nil with an error at the place the YAML parser stopped.
    func root(log: inout DiagnosticLog) -> YAMLNode? {
        do {
            // The basic resolver tags every scalar as text: the readers convert numbers, yes/no and
            // null themselves, and resolving each scalar's tag by regular expression (Yams' default)
            // was most of the time spent loading the Dialogs.
            guard let node = try Yams.compose(yaml: text, .basic) else {
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
        case .duplicatedKeysInMapping(let keys, let context):
            duplicate(of: keys.first ?? "", firstAt: context.mark)
        default:
            start
        }
    }

    /// Where `key` stands again in the map whose first `key` is at `first`: the next line at
    /// the same indentation that starts with it, before the map ends.
    private func duplicate(of key: String, firstAt first: Mark) -> SourceLocation {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        for (index, line) in lines.enumerated().dropFirst(first.line) {
            let content = line.drop { $0 == " " }
            guard !content.isEmpty, !content.hasPrefix("#") else { continue }
            let depth = line.count - content.count
            if depth < indent || (depth == indent - 2 && content.hasPrefix("- ")) { break }
            if depth == indent, content.hasPrefix("\(key):") {
                return SourceLocation(file: path, line: index + 1, column: depth + 1)
            }
        }
        return SourceLocation(file: path, line: first.line, column: first.column)
    }

    private func message(for error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _),
            .composer(let context, let problem, _, _):
            let during = context.map { " (\($0.text))" } ?? ""
            return
                "YAML syntax: \(problem)\(during); check the indentation and quote text that contains ': ' or starts with a special character"
        case .reader(let problem, _, _, _):
            return "cannot read the file: \(problem); save it as UTF-8"
        case .duplicatedKeysInMapping(let keys, let context):
            let list = keys.map { "'\($0)'" }.joined(separator: ", ")
            return "duplicate key \(list) (first at line \(context.mark.line)); a map names each key once"
        default:
            return "YAML: \(error)"
        }
    }
}
