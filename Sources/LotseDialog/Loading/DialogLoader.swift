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
    static let requiredFiles = ["dialog.yaml", "situation.yaml", "messages.yaml", "rules.yaml", "roles.yaml"]

    /// Loads the dialog in `directory`; throws with every error (and warning) when it has errors.
    /// - Parameter networks: the ids of the networks to load; nil loads every one.
    public static func load(directory: String, networks: Set<String>? = nil) throws(DialogLoadError) -> Dialog {
        try loadWithWarnings(directory: directory, networks: networks).dialog
    }

    /// Loads the dialog in `directory` and returns it with the warnings of the load.
    /// - Parameter networks: the ids of the networks to load; nil loads every one.
    public static func loadWithWarnings(directory: String, networks: Set<String>? = nil) throws(DialogLoadError) -> LoadedDialog {
        var log = DiagnosticLog()
        let files = DialogFiles.read(directory: directory, networks: networks, log: &log)
        let dialog = DialogCompiler.compile(files, log: &log)
        let diagnostics = log.diagnostics.sorted { $0.location < $1.location }
        guard let dialog, !log.hasErrors else { throw DialogLoadError(diagnostics: diagnostics) }
        return LoadedDialog(dialog: dialog, warnings: diagnostics)
    }

    /// The ids of the networks in `directory` (its `networks/` folders), sorted.
    public static func networkIDs(directory: String) -> [String] {
        DialogFiles.networkFolders(URL(fileURLWithPath: directory))
    }
}

/// The raw files of a Dialogs directory and the version hash over all of them.
struct DialogFiles {
    var named: [String: YAMLFile] = [:]
    var flows: [YAMLFile] = []
    var translations: [YAMLFile] = []
    /// The core's `partners/*.yaml`: nationwide, Land-wide and shared partners.
    var partners: [YAMLFile] = []
    var networks: [NetworkFiles] = []
    var version = ""
    var directory = ""

    /// One network's folder, `networks/ID/`.
    struct NetworkFiles {
        /// The folder's name, which is the network's id.
        let id: String
        /// The folder as diagnostics show it (`DIR/networks/ID`).
        let folder: String
        var network: YAMLFile?
        var partners: YAMLFile?
        /// Its own rules, if it has any.
        var rules: YAMLFile?
        var translations: [YAMLFile] = []
    }

    static func read(directory: String, networks selected: Set<String>? = nil, log: inout DiagnosticLog) -> DialogFiles {
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
        files.partners = yamlFiles(in: "partners", root: root).compactMap(load)
        let known = networkFolders(root)
        for id in selected ?? Set(known) where !known.contains(id) {
            let hint = Suggestion.nearest(to: id, in: known).map { "did you mean '\($0)'? " } ?? ""
            log.error(
                "no network '\(id)'; \(hint)its folder would be networks/\(id)",
                at: SourceLocation(file: "\(display)/networks", line: 1, column: 1))
        }
        for id in known where selected?.contains(id) ?? true {
            let folder = "networks/\(id)"
            var network = NetworkFiles(id: id, folder: "\(display)/\(folder)")
            network.network = load("\(folder)/network.yaml")
            if network.network == nil {
                log.error(
                    "network folder '\(id)' has no network.yaml; see docs/networks.md",
                    at: SourceLocation(file: "\(display)/\(folder)/network.yaml", line: 1, column: 1))
            }
            network.partners = load("\(folder)/partners.yaml")
            network.rules = load("\(folder)/rules.yaml")
            network.translations = yamlFiles(in: "\(folder)/texts", root: root).compactMap(load)
            files.networks.append(network)
        }
        files.version = String(String(hash, radix: 16).suffix(8))
        return files
    }

    /// The folders below `networks/`, sorted by name.
    static func networkFolders(_ root: URL) -> [String] {
        let networks = root.appendingPathComponent("networks")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: networks.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: networks.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
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
