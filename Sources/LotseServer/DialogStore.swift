import Logging
import LotseDialog
import LotseProtocol
import NIOConcurrencyHelpers

/// The Dialogs new sessions start on, with their questions spelt ahead. A reload swaps the
/// whole `Dialog` at once, and only when the core loads without errors; a network whose folder
/// has errors keeps serving its last good version while the others get their new one.
/// Sessions already running keep the value they started with. Every reload, SIGHUP's or a
/// counselor's, is logged and counted here.
final class DialogStore: Sendable {
    let directory: String
    private let spelt: NIOLockedValueBox<SpeltQuestions>
    /// Each network's files as last loaded without errors.
    private let networkSources: NIOLockedValueBox<NetworkSources>
    private let logger: Logger
    /// Counts reloads as ok or refused, with `--metrics`.
    private let metrics: ServerMetrics?

    /// Loads `directory`; throws every error found, at FILE:LINE:COLUMN.
    init(directory: String, logger: Logger, metrics: ServerMetrics? = nil) throws(DialogLoadError) {
        self.directory = directory
        self.logger = logger
        self.metrics = metrics
        let loaded = try DialogLoader.loadWithWarnings(directory: directory)
        self.spelt = NIOLockedValueBox(SpeltQuestions(dialog: loaded.dialog))
        self.networkSources = NIOLockedValueBox(loaded.networkSources)
    }

    /// The dialog a new session gets.
    var current: Dialog {
        currentQuestions.dialog
    }

    /// The dialog a new session gets, with its questions spelt.
    var currentQuestions: SpeltQuestions {
        spelt.withLockedValue { $0 }
    }

    /// Loads the directory again and, if it loads, serves it to new sessions. A broken
    /// directory changes nothing; its errors go to the log and are thrown.
    @discardableResult
    func reload(requestedBy source: String) throws(DialogLoadError) -> (old: Dialog, new: Dialog) {
        let reloaded: LoadedDialog
        do {
            reloaded = try DialogLoader.reload(directory: directory, keeping: networkSources.withLockedValue { $0 })
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            logger.error(
                "reload refused: the Dialogs have errors; serving the old version",
                metadata: ["requested-by": "\(source)", "errors": "\(errors.count)", "dialog": "\(current.version)"])
            for diagnostic in errors {
                logger.error("\(diagnostic.description)")
            }
            metrics?.reloaded(false)
            throw error
        }
        let loaded = reloaded.dialog
        networkSources.withLockedValue { $0 = reloaded.networkSources }
        for (network, errors) in reloaded.keptNetworks.sorted(by: { $0.key < $1.key }) {
            logger.error(
                "reload: network refused, it keeps its last good version",
                metadata: ["requested-by": "\(source)", "network": "\(network)", "errors": "\(errors.count)"])
            for diagnostic in errors { logger.error("\(diagnostic.description)") }
        }
        let questions = SpeltQuestions(dialog: loaded)
        let old = spelt.withLockedValue { current in
            defer { current = questions }
            return current.dialog
        }
        logger.info(
            "reloaded Dialogs",
            metadata: ["requested-by": "\(source)", "dialog": "\(loaded.name)@\(loaded.version)", "previous": "\(old.version)"])
        metrics?.reloaded(true)
        return (old, loaded)
    }
}
