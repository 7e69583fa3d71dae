public import Logging
public import LotseDialog
import LotseProtocol
import Synchronization

/// The Dialogs new sessions start on, with their questions spelt ahead. A reload swaps the
/// whole `Dialog` at once, and only when the core loads without errors; a network whose folder
/// has errors keeps serving its last good version while the others get their new one.
/// Sessions already running keep the value they started with. Every reload, SIGHUP's or a
/// counselor's, is logged and counted here.
public final class DialogStore: Sendable {
    /// The directory a reload reads.
    public let directory: String
    private let spelt: Mutex<SpeltQuestions>
    /// Each network's files as last loaded without errors; nil for a dialog loaded elsewhere
    /// (its first reload loads every network afresh).
    private let networkSources: Mutex<NetworkSources?>
    private let logger: Logger
    /// Told of every reload, ok or refused (the metrics count them).
    private let observers: [any ServiceObserver]

    /// Loads `directory`; throws every error found, at FILE:LINE:COLUMN.
    public convenience init(directory: String, logger: Logger, observers: [any ServiceObserver] = []) throws(DialogLoadError) {
        let loaded = try DialogLoader.loadWithWarnings(directory: directory)
        self.init(loaded.dialog, networkSources: loaded.networkSources, from: directory, logger: logger, observers: observers)
    }

    /// Serves `dialog`, already loaded from `directory` (which a reload reads again).
    public convenience init(serving dialog: Dialog, from directory: String, logger: Logger, observers: [any ServiceObserver] = []) {
        self.init(dialog, networkSources: nil, from: directory, logger: logger, observers: observers)
    }

    private init(
        _ dialog: Dialog, networkSources: NetworkSources?, from directory: String, logger: Logger, observers: [any ServiceObserver]
    ) {
        self.directory = directory
        self.logger = logger
        self.observers = observers
        self.spelt = Mutex(SpeltQuestions(dialog: dialog))
        self.networkSources = Mutex(networkSources)
    }

    /// The dialog a new session gets.
    public var current: Dialog {
        currentQuestions.dialog
    }

    /// The dialog a new session gets, with its questions spelt.
    var currentQuestions: SpeltQuestions {
        spelt.withLock { $0 }
    }

    /// Loads the directory again and, if it loads, serves it to new sessions. A broken
    /// directory changes nothing; its errors go to the log and are thrown.
    @discardableResult
    public func reload(requestedBy source: String) throws(DialogLoadError) -> (old: Dialog, new: Dialog) {
        let reloaded: LoadedDialog
        do {
            if let previous = networkSources.withLock({ $0 }) {
                reloaded = try DialogLoader.reload(directory: directory, keeping: previous)
            } else {
                reloaded = try DialogLoader.loadWithWarnings(directory: directory)
            }
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            logger.error(
                "reload refused: the Dialogs have errors; serving the old version",
                metadata: ["requested-by": "\(source)", "errors": "\(errors.count)", "dialog": "\(current.version)"])
            for diagnostic in errors {
                logger.error("\(diagnostic.description)")
            }
            for observer in observers { observer.reloaded(false) }
            throw error
        }
        let loaded = reloaded.dialog
        networkSources.withLock { $0 = reloaded.networkSources }
        for (network, errors) in reloaded.keptNetworks.sorted(by: { $0.key < $1.key }) {
            logger.error(
                "reload: network refused, it keeps its last good version",
                metadata: ["requested-by": "\(source)", "network": "\(network)", "errors": "\(errors.count)"])
            for diagnostic in errors { logger.error("\(diagnostic.description)") }
        }
        let questions = SpeltQuestions(dialog: loaded)
        let old = spelt.withLock { current in
            defer { current = questions }
            return current.dialog
        }
        logger.info(
            "reloaded Dialogs",
            metadata: ["requested-by": "\(source)", "dialog": "\(loaded.name)@\(loaded.version)", "previous": "\(old.version)"])
        for observer in observers { observer.reloaded(true) }
        return (old, loaded)
    }
}
