import Logging
import LotseDialog
import LotseProtocol
import NIOConcurrencyHelpers

/// The Dialogs new sessions start on, with their questions spelt ahead. A reload swaps the
/// whole `Dialog` at once, and only when the directory loads without errors; sessions already
/// running keep the value they started with. Every reload, SIGHUP's or a counselor's, is
/// logged and counted here.
final class DialogStore: Sendable {
    let directory: String
    private let spelt: NIOLockedValueBox<SpeltQuestions>
    private let logger: Logger
    /// Counts reloads as ok or refused, with `--metrics`.
    private let metrics: ServerMetrics?

    /// Loads `directory`; throws every error found, at FILE:LINE:COLUMN.
    init(directory: String, logger: Logger, metrics: ServerMetrics? = nil) throws(DialogLoadError) {
        self.directory = directory
        self.logger = logger
        self.metrics = metrics
        self.spelt = NIOLockedValueBox(SpeltQuestions(dialog: try DialogLoader.load(directory: directory)))
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
        let loaded: Dialog
        do {
            loaded = try DialogLoader.load(directory: directory)
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
