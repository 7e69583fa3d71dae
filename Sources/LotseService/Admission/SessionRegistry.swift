import Synchronization

/// The sessions the server holds: admits connections within the limits, gives each a unique
/// session id, and reaches all of them for the idle reaper and the shutdown.
final class SessionRegistry: Sendable {
    private struct State {
        var admissions: Admissions
        var entries: [String: ConnectionEntry] = [:]
        var shutdownStarted: ContinuousClock.Instant?
    }

    private let state: Mutex<State>
    /// Set once a shutdown has begun and the last session has ended.
    private let emptied = Latch<Void>()

    init(limits: ServerLimits) {
        state = Mutex(State(admissions: Admissions(maxSessions: limits.maxSessions, maxPerAddress: limits.maxPerAddress)))
    }

    /// A new session for the connection `handle` reaches, or why there is none. Its id is
    /// `preferredID` when no session holds that one, else random.
    func admit(address: String, handle: any ConnectionHandle, preferredID: String? = nil) throws(Admissions.Refusal)
        -> ConnectionEntry
    {
        let now = ContinuousClock.now
        let result: Result<ConnectionEntry, Admissions.Refusal> = state.withLock { state in
            do throws(Admissions.Refusal) {
                try state.admissions.admit(address: address)
            } catch {
                return .failure(error)
            }
            var id = preferredID ?? SessionID.random()
            while state.entries[id] != nil { id = SessionID.random() }
            let entry = ConnectionEntry(id: id, address: address, handle: handle, at: now)
            state.entries[id] = entry
            return .success(entry)
        }
        return try result.get()
    }

    /// Gives back the session's place; its id may be used again.
    func release(_ entry: ConnectionEntry) {
        let isLast = state.withLock { state in
            guard state.entries.removeValue(forKey: entry.id) != nil else { return false }
            state.admissions.release(address: entry.address)
            return state.shutdownStarted != nil && state.entries.isEmpty
        }
        if isLast { emptied.set(()) }
    }

    /// Refuses new connections from now on and returns the sessions to end — on the first
    /// call; later calls return none, those sessions are ending already.
    func beginShutdown() -> [ConnectionEntry] {
        let (entries, noneLeft) = state.withLock { state in
            let isFirst = state.shutdownStarted == nil
            if isFirst {
                state.admissions.shutDown()
                state.shutdownStarted = .now
            }
            return (isFirst ? Array(state.entries.values) : [], state.entries.isEmpty)
        }
        if noneLeft { emptied.set(()) }
        return entries
    }

    /// Returns once a shutdown has begun and every session has ended.
    func allEnded() async {
        await emptied.value()
    }

    /// The sessions held now, and when the shutdown started if it has.
    var snapshot: (entries: [ConnectionEntry], shutdownStarted: ContinuousClock.Instant?) {
        state.withLock { (Array($0.entries.values), $0.shutdownStarted) }
    }

    /// How many sessions are held now.
    var count: Int {
        state.withLock { $0.entries.count }
    }
}

/// Session ids: 8 random hex digits.
enum SessionID {
    static func random() -> String {
        let hex = String(UInt32.random(in: .min ... .max), radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
