public import LotseEngine
public import LotseProtocol

/// Something that counts what the service does — the operators' metrics, the network's daily
/// tally: told when a session starts and ends, of every turn and every reload. Every method
/// does nothing unless the observer implements it.
public protocol ServiceObserver: Sendable {
    /// A session started; `open` sessions are held now, this one among them.
    func sessionStarted(open: Int)
    /// A session ended; `ending.open` sessions are left.
    func sessionEnded(_ ending: SessionEnding)
    /// A client line was answered with `turn`, which took `duration` to compose.
    func turn(_ turn: ServerTurn, took duration: Duration)
    /// The Dialogs were loaded again (`accepted`), or a broken directory was refused.
    func reloaded(_ accepted: Bool)
}

extension ServiceObserver {
    public func sessionStarted(open: Int) {}
    public func sessionEnded(_ ending: SessionEnding) {}
    public func turn(_ turn: ServerTurn, took duration: Duration) {}
    public func reloaded(_ accepted: Bool) {}
}

/// A session as it ended: what the log line, the metrics and the daily tally are made of.
public struct SessionEnding: Sendable {
    /// The session in its last state (wiped once the observers have seen it).
    public let session: Session
    /// The outcome word: the engine's outcome, or `unfinished` for a session left before the end.
    public let outcome: String
    /// Why it ended: a `BYE` reason, or `disconnected` when the client left.
    public let reason: SessionEnding.Reason
    /// Sessions held once this one is gone.
    public let open: Int

    /// Why a session ended.
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        /// The server sent `BYE` with this reason.
        case bye(ByeReason)
        /// The client went away without a `BYE`.
        case disconnected

        public var description: String {
            switch self {
            case .bye(let reason): reason.rawValue
            case .disconnected: "disconnected"
            }
        }
    }

    /// The outcome word of a session left before the end — the same word the daily counts use.
    public static let unfinished = "unfinished"

    /// Whether the session counts as one of the network's visitors: counselors trying out
    /// paths do not.
    public var isVisit: Bool { !session.isCounselor }
}
