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
    /// The files of each network as loaded: a later reload keeps a broken network on these.
    public let networkSources: NetworkSources
    /// The networks whose folder had errors and that serve their last good files instead,
    /// each with its errors (empty unless the load kept networks).
    public let keptNetworks: [String: [Diagnostic]]
}

/// The files of each network as one load read them, so that a broken network can go on
/// serving the version it had (`DialogLoader.reload(directory:keeping:)`).
public struct NetworkSources: Sendable {
    let byID: [String: DialogFiles.NetworkFiles]
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
        return try compile(files, log: &log)
    }

    /// Loads `directory` again for a running daemon. A network whose folder has errors does
    /// not take the others down: it serves the files it had in `previous` (or, new and broken,
    /// is left out) while every other network gets its new version. Errors in the core
    /// refuse the whole reload.
    public static func reload(directory: String, keeping previous: NetworkSources) throws(DialogLoadError) -> LoadedDialog {
        var log = DiagnosticLog()
        var files = DialogFiles.read(directory: directory, log: &log)
        var firstTry = log
        let fresh: LoadedDialog
        do {
            fresh = try compile(files, log: &firstTry)
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            let broken = Dictionary(grouping: errors) { diagnostic in
                files.networks.first { diagnostic.location.file.hasPrefix($0.folder + "/") }?.id ?? ""
            }
            // An error outside every network's folder is the core's: nothing to keep apart.
            guard broken[""] == nil else { throw error }
            files.networks = files.networks.compactMap { network in
                broken[network.id] == nil ? network : previous.byID[network.id]
            }
            files.version = files.hashOfContents()
            let kept = try compile(files, log: &log)
            return LoadedDialog(
                dialog: kept.dialog, warnings: kept.warnings, networkSources: kept.networkSources, keptNetworks: broken)
        }
        return fresh
    }

    /// Compiles what was read; throws with every diagnostic when there are errors.
    private static func compile(_ files: DialogFiles, log: inout DiagnosticLog) throws(DialogLoadError) -> LoadedDialog {
        let dialog = DialogCompiler.compile(files, log: &log)
        let diagnostics = log.diagnostics.sorted { $0.location < $1.location }
        guard let dialog, !log.hasErrors else { throw DialogLoadError(diagnostics: diagnostics) }
        let sources = NetworkSources(byID: Dictionary(files.networks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }))
        return LoadedDialog(dialog: dialog, warnings: diagnostics, networkSources: sources, keptNetworks: [:])
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
    struct NetworkFiles: Sendable {
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
        func load(_ relative: String) -> YAMLFile? {
            let path = "\(display)/\(relative)"
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path) else { return nil }
            guard let text = String(data: data, encoding: .utf8) else {
                log.error("the file is not UTF-8 text; save it as UTF-8", at: SourceLocation(file: path, line: 1, column: 1))
                return nil
            }
            return YAMLFile(path: path, relativePath: relative, text: text)
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
        files.version = files.hashOfContents()
        return files
    }

    /// A hash of every file's place in the directory and its text: a new version with every edit,
    /// the same for the same files wherever the directory is.
    func hashOfContents() -> String {
        let all =
            DialogLoader.requiredFiles.compactMap { named[$0] } + flows + translations + partners
            + networks.flatMap { [$0.network, $0.partners, $0.rules].compactMap { $0 } + $0.translations }
        var hash = FNV1a.hash64([])
        for file in all { hash = FNV1a.hash64(Array(file.relativePath.utf8) + Array(file.text.utf8), seed: hash) }
        return String(String(hash, radix: 16).suffix(8))
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
