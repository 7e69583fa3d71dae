import Foundation

/// The Dialogs could not be loaded: every problem found, each at its file, line and column.
public struct DialogLoadError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics of the load, errors and warnings, in file order.
    public let diagnostics: [Diagnostic]

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// A loaded dialog and the warnings its load produced.
public struct LoadedDialog: Sendable {
    public let dialog: Dialog
    public let warnings: [Diagnostic]
}

/// Loads a Dialogs directory: reads every file, reports every problem, and compiles the
/// result into an immutable `Dialog`.
public enum DialogLoader {
    /// The files every Dialogs directory has.
    static let requiredFiles = ["dialog.yaml", "situation.yaml", "messages.yaml", "rules.yaml", "directory.yaml"]

    /// Loads the dialog in `directory`; throws with every error (and warning) when it has errors.
    public static func load(directory: String) throws(DialogLoadError) -> Dialog {
        try loadWithWarnings(directory: directory).dialog
    }

    /// Loads the dialog in `directory` and returns it with the warnings of the load.
    public static func loadWithWarnings(directory: String) throws(DialogLoadError) -> LoadedDialog {
        var log = DiagnosticLog()
        let files = DialogFiles.read(directory: directory, log: &log)
        let dialog = DialogCompiler.compile(files, log: &log)
        let diagnostics = log.diagnostics.sorted { $0.location < $1.location }
        guard let dialog, !log.hasErrors else { throw DialogLoadError(diagnostics: diagnostics) }
        return LoadedDialog(dialog: dialog, warnings: diagnostics)
    }
}

/// The raw files of a Dialogs directory and the version hash over all of them.
struct DialogFiles {
    var named: [String: YAMLFile] = [:]
    var flows: [YAMLFile] = []
    var translations: [YAMLFile] = []
    var version = ""
    var directory = ""

    static func read(directory: String, log: inout DiagnosticLog) -> DialogFiles {
        var files = DialogFiles()
        files.directory = directory
        let root = URL(fileURLWithPath: directory)
        let display = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var hash = FNV1a.hash64([])
        func load(_ relative: String) -> YAMLFile? {
            let path = "\(display)/\(relative)"
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { return nil }
            hash = FNV1a.hash64(Array(relative.utf8) + data, seed: hash)
            guard let text = String(data: data, encoding: .utf8) else {
                log.error("the file is not UTF-8 text; save it as UTF-8", at: SourceLocation(file: path, line: 1, column: 1))
                return nil
            }
            return YAMLFile(path: path, text: text)
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.error(
                "no Dialogs directory here; pass the directory or set LOTSE_DIALOGS",
                at: SourceLocation(file: display, line: 1, column: 1))
            return files
        }
        for name in DialogLoader.requiredFiles {
            if let file = load(name) {
                files.named[name] = file
            } else if !log.hasErrors(in: "\(display)/\(name)") {
                log.error("missing file \(name); see docs/dialogs.md", at: SourceLocation(file: "\(display)/\(name)", line: 1, column: 1))
            }
        }
        files.flows = yamlFiles(in: "flows", root: root).compactMap(load)
        if files.flows.isEmpty {
            log.error("no flows: add at least one flows/NAME.yaml", at: SourceLocation(file: "\(display)/flows", line: 1, column: 1))
        }
        files.translations = yamlFiles(in: "texts", root: root).compactMap(load)
        files.version = String(String(hash, radix: 16).suffix(8))
        return files
    }

    /// `folder/*.yaml` below `root`, sorted by name.
    private static func yamlFiles(in folder: String, root: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(folder)/\($0)" }
    }
}

extension DiagnosticLog {
    func hasErrors(in file: String) -> Bool {
        diagnostics.contains { $0.location.file == file && $0.severity == .error }
    }
}
