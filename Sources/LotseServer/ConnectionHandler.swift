import Logging
import LotseEngine
import LotseProtocol
import NIOCore

/// Serves one connection: admits it, sends the greeting, then answers one turn per frame
/// until the client quits or leaves, goes idle, or the server shuts down.
struct ConnectionHandler: Sendable {
    let registry: SessionRegistry
    let store: DialogStore
    let gate: CounselorGate
    let limits: ServerLimits
    let logger: Logger

    /// Serves `connection` and closes it; errors end only this connection.
    func serve(_ connection: NIOAsyncChannel<ClientFrame, ByteBuffer>) async {
        let address = connection.channel.remoteAddress?.ipAddress ?? "unknown"
        do {
            try await connection.executeThenClose { inbound, outbound in
                let entry: ConnectionEntry
                do throws(Admissions.Refusal) {
                    entry = try registry.admit(address: address, channel: connection.channel)
                } catch {
                    logger.notice("connection refused", metadata: ["reason": "\(error)"])
                    try await outbound.write(Self.buffer(error.lines))
                    return
                }
                defer { registry.release(entry) }
                try await converse(entry, inbound: inbound, outbound: outbound)
            }
        } catch {
            logger.debug("connection closed", metadata: ["error": "\(error)"])
        }
    }

    /// The session of an admitted connection, from `HELLO` to its end. The session is wiped
    /// when this returns; the log gets its id, dialog version, turns, outcome and duration.
    private func converse(
        _ entry: ConnectionEntry,
        inbound: NIOAsyncChannelInboundStream<ClientFrame>,
        outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    ) async throws {
        let started = ContinuousClock.now
        var conversation = SessionConversation(
            id: entry.id, address: entry.address, limits: limits, gate: gate, store: store, at: started)
        var reason = "disconnected"
        let dialog = "\(conversation.session.dialog.name)@\(conversation.session.dialog.version)"
        logger.info("session started", metadata: ["session": "\(entry.id)", "dialog": "\(dialog)"])
        defer {
            logger.info("session ended", metadata: [
                "session": "\(entry.id)", "dialog": "\(dialog)", "turns": "\(conversation.session.turns)",
                "outcome": "\(conversation.session.outcome?.rawValue ?? "none")", "reason": "\(reason)",
                "duration": "\(Self.seconds(ContinuousClock.now - started))",
            ])
        }
        try await write(conversation.greeting(), to: outbound, entry: entry)
        for try await frame in inbound {
            let now = ContinuousClock.now
            let events: [Event]
            switch frame {
            case .line(let buffer):
                entry.activity.withLock { $0.lineReceived(at: now) }
                events = conversation.turn(for: buffer.readableBytesView, at: now)
            case .tooLong:
                entry.activity.withLock { $0.lineReceived(at: now) }
                events = conversation.turnForTooLongLine(at: now)
            case .interrupt(.idle):
                // A line may have come in since the reaper looked.
                guard entry.activity.withLock({ $0.isIdle(at: now, timeout: limits.idleTimeout) }) else { continue }
                events = [.bye(.idle)]
            case .interrupt(.shutdown):
                events = [.bye(.shutdown)]
            }
            try await write(ServerLine.lines(for: events), to: outbound, entry: entry)
            if case .bye(let bye)? = events.last {
                reason = bye.rawValue
                return
            }
        }
    }

    /// Writes one turn; it waits while the client does not read (backpressure), and the idle
    /// clock counts from when the turn is written.
    private func write(_ lines: [String], to outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>, entry: ConnectionEntry) async throws {
        entry.activity.withLock { $0.writeStarted() }
        try await outbound.write(Self.buffer(lines))
        let now = ContinuousClock.now
        entry.activity.withLock { $0.writeFinished(at: now) }
    }

    /// `duration` in seconds with milliseconds, e.g. `12.345s`.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)s"
    }

    /// The lines, each ended by LF.
    static func buffer(_ lines: [String]) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            buffer.writeString(line)
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
        return buffer
    }
}
