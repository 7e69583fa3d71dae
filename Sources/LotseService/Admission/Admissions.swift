import LotseEngine
import LotseProtocol

/// Counts the sessions held, in total and per client address, and decides whether one more
/// may start. A plain value: `SessionRegistry` keeps it under a lock.
struct Admissions {
    /// Why a connection gets no session.
    enum Refusal: Equatable, Error {
        case tooManySessions(limit: Int)
        case tooManyFromAddress(limit: Int)
        case shuttingDown
    }

    let maxSessions: Int
    let maxPerAddress: Int
    private(set) var total = 0
    private(set) var perAddress: [String: Int] = [:]
    private(set) var isShuttingDown = false

    init(maxSessions: Int, maxPerAddress: Int) {
        self.maxSessions = maxSessions
        self.maxPerAddress = maxPerAddress
    }

    /// Takes a place for a session from `address`, or says why there is none.
    mutating func admit(address: String) throws(Refusal) {
        if isShuttingDown { throw .shuttingDown }
        if total >= maxSessions { throw .tooManySessions(limit: maxSessions) }
        let fromAddress = perAddress[address, default: 0]
        if fromAddress >= maxPerAddress { throw .tooManyFromAddress(limit: maxPerAddress) }
        total += 1
        perAddress[address] = fromAddress + 1
    }

    /// Gives back the place of a session from `address`.
    mutating func release(address: String) {
        guard let fromAddress = perAddress[address] else { return }
        total -= 1
        perAddress[address] = fromAddress > 1 ? fromAddress - 1 : nil
    }

    /// From now on every connection is refused.
    mutating func shutDown() {
        isShuttingDown = true
    }
}

extension Admissions.Refusal {
    /// The last lines the refused connection gets before it is closed.
    var lines: [String] {
        ServerLine.lines(for: .server(events))
    }

    private var events: [ServerEvent] {
        switch self {
        case .tooManySessions(let limit):
            [.error(.tooMany, "too many sessions: this server holds \(limit); please try again later"), .bye(.limit)]
        case .tooManyFromAddress(let limit):
            [.error(.tooMany, "too many sessions from your address: at most \(limit)"), .bye(.limit)]
        case .shuttingDown:
            [.error(.shuttingDown, "the server is shutting down"), .bye(.shutdown)]
        }
    }
}
