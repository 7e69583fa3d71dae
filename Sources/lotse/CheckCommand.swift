import ArgumentParser
import LotseDialog

/// `lotse check [DIR] [--network ID] [--strict]`: load the Dialogs and report every problem
/// like a compiler, and per network which core roles it fills.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a Dialogs directory and report every problem as FILE:LINE:COLUMN.",
        discussion: """
            Loads every file, checks the references between them (nodes, slots, values, roles, \
            partners, texts) and prints each error and warning at its place, then per network \
            which core roles (roles.yaml) it fills itself and which fall back to its Land or a \
            nationwide entry, then a summary. With --network, only the core and that network \
            are loaded and reported: another network's warnings do not count. Exits 1 when there \
            is an error (or, with --strict, a warning).
            """
    )

    @Argument(help: "The Dialogs directory (default: $LOTSE_DIALOGS, else ./Dialogs).")
    var directory: String?

    @OptionGroup var dialogs: DialogsOption

    @Option(help: "Check only the core and this network (its folder name under networks/).")
    var network: String?

    @Flag(help: "Treat warnings (missing or stale translations …) as errors.")
    var strict = false

    func validate() throws {
        if directory != nil, dialogs.given != nil { throw ValidationError("give the Dialogs directory once: as DIR or with --dialogs") }
    }

    func run() throws {
        let path = DialogsDirectory.resolve(directory ?? dialogs.given)
        do {
            let loaded = try DialogLoader.loadWithWarnings(directory: path, networks: network.map { [$0] })
            let dialog = loaded.dialog
            let findings = (loaded.warnings + DialogChecks.run(dialog)).sorted { $0.location < $1.location }
            findings.forEach { print($0) }
            NetworkRoles.reports(dialog).forEach { print(Self.describe($0, findings: findings)) }
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.count - errors
            let summary = [
                "\(dialog.networks.count) networks", "\(dialog.flows.count) flows", "\(dialog.nodes.count) nodes",
                "\(dialog.rules.count) rules", "\(dialog.partners.count) partners",
                "\(dialog.languages.count) languages (\(dialog.languages.map(\.code).joined(separator: ", ")))",
            ]
            print("\(path): \(dialog.name)@\(dialog.version): \(summary.joined(separator: ", ")); \(errors) errors, \(warnings) warnings")
            if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
        } catch let error as DialogLoadError {
            error.diagnostics.forEach { print($0) }
            let errors = error.diagnostics.filter { $0.severity == .error }.count
            print("\(path): \(errors) errors, \(error.diagnostics.count - errors) warnings")
            throw ExitCode(1)
        }
    }

    /// One line per network: its places, where its core roles come from, its own findings.
    static func describe(_ report: NetworkRoles.Report, findings: [Diagnostic]) -> String {
        let network = report.network
        let own = findings.filter { network.owns($0.location) }
        func list(_ roles: [String]) -> String { roles.isEmpty ? "–" : roles.joined(separator: ", ") }
        return "network \(network.id) (\(network.name), \(network.land)): \(network.places.count) places; "
            + "core roles filled: \(list(report.filled)); from its Land: \(list(report.byLand)); "
            + "nationwide only: \(list(report.nationwide)); nobody: \(list(report.missing)); "
            + "\(own.filter { $0.severity == .error }.count) errors, \(own.filter { $0.severity == .warning }.count) warnings"
    }
}
