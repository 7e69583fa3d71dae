import Logging
import LotseEngine
import LotseProtocol
import LotseStats
import NIOCore
import NIOPosix

/// What every connection's handler shares: the sessions held, the Dialogs, the counselor
/// gate, the limits and the log.
struct SessionServices: Sendable {
    let registry: SessionRegistry
    let store: DialogStore
    let gate: CounselorGate
    let limits: ServerLimits
    let logger: Logger
    /// Whether connections are TLS: then `/auth` is allowed from anywhere, else only from
    /// this machine.
    let encrypted: Bool
    /// The operators' counters; nil without `--metrics`.
    let metrics: ServerMetrics?
    /// The network's daily counts; nil without `--stats`.
    let stats: StatsRecorder?
}

/// Serves one connection on its event loop: admits it, sends the greeting, answers one turn
/// per line, and ends the session on `BYE` — asked for, or sent for idleness or shutdown — or
/// when the client leaves. The session is wiped then; the log gets its id, dialog version,
/// turns, outcome and duration, never what the person typed.
///
/// Each turn runs where its line arrived, without a hop to another thread — except a
/// counselor's `/reload`, which reads files and so runs on NIO's thread pool. While the
/// client does not read (the channel is not writable) or a reload runs, lines that already
/// arrived wait here as slices of the read buffer and no more are read: a client that never
/// reads holds at most one read's worth of input and one write buffer's worth of output.
/// A read that brings many lines is answered `ServerLimits.linesPerBatch` lines at a time,
/// each batch a task of its own on the event loop, so one busy connection never holds the
/// loop while others wait.
final class SessionHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    /// An admitted connection's session and what its log line needs. A reference, so that
    /// the state holds it without copying the session on every turn.
    private final class Served {
        let entry: ConnectionEntry
        var conversation: SessionConversation
        let started: ContinuousClock.Instant
        let dialog: String
        var reason = "disconnected"

        init(entry: ConnectionEntry, conversation: SessionConversation, started: ContinuousClock.Instant, dialog: String) {
            self.entry = entry
            self.conversation = conversation
            self.started = started
            self.dialog = dialog
        }
    }

    /// Where the connection stands, in one value (as NIO's `HTTPServerPipelineHandler` keeps
    /// its `ConnectionState`): "a turn answered while a reload runs" or "a session after its
    /// `BYE`" cannot be written down.
    private enum State {
        /// Before `channelActive`.
        case starting
        /// Each line gets its turn as it comes.
        case answering(Served)
        /// A counselor's `/reload` runs on the thread pool; the lines after it wait for its answer.
        case reloading(Served)
        /// The last turn (`BYE`, or the refusal of a connection that was not admitted) is being
        /// written: nothing more is read or answered.
        case ending(Served?)
        /// The connection is gone and the session wiped.
        case closed
    }

    private let services: SessionServices
    private var decoder: LineFrameDecoder
    private var state = State.starting
    /// Bytes read but not yet framed: the start of a line still arriving.
    private var input: ByteBuffer?
    /// Lines that arrived while the client was not reading; answered in order once it does.
    private var waiting = CircularBuffer<ClientFrame>()
    /// Whether the channel asked for a read that is held back until the client reads.
    private var readHeld = false
    /// Whether the next batch of waiting lines is queued on the event loop.
    private var isBatchQueued = false
    /// The terminal's address as a PROXY header named it (`--proxy-protocol`); it comes
    /// before `channelActive`.
    private var proxiedSource: String?

    /// Where this connection's turns are spelt: its event loop's buffer, shared by the
    /// connections on that loop.
    private let output: NIOLoopBoundBox<TurnBuffer>

    init(services: SessionServices, decoder: LineFrameDecoder, output: NIOLoopBoundBox<TurnBuffer>) {
        self.services = services
        self.decoder = decoder
        self.output = output
    }

    /// The session, whatever the connection is doing with it.
    private var served: Served? {
        switch state {
        case .answering(let served), .reloading(let served): served
        case .ending(let served): served
        case .starting, .closed: nil
        }
    }

    /// Whether the last turn is out: nothing more is read or answered.
    private var isEnding: Bool {
        switch state {
        case .ending, .closed: true
        case .starting, .answering, .reloading: false
        }
    }

    func channelActive(context: ChannelHandlerContext) {
        let address = proxiedSource ?? context.channel.remoteAddress?.ipAddress ?? "unknown"
        do throws(Admissions.Refusal) {
            let entry = try services.registry.admit(address: address, channel: context.channel)
            let started = ContinuousClock.now
            var conversation = SessionConversation(
                id: entry.id, limits: services.limits, gate: services.gate, store: services.store,
                confidential: services.encrypted || Self.isLoopback(address), at: started)
            let dialog = "\(conversation.session.dialog.name)@\(conversation.session.dialog.version)"
            services.logger.info("session started", metadata: ["session": "\(entry.id)", "dialog": "\(dialog)"])
            services.metrics?.sessionStarted(open: services.registry.count)
            let greeting = conversation.greeting()
            state = .answering(Served(entry: entry, conversation: conversation, started: started, dialog: dialog))
            send(Self.buffer(greeting), context: context)
        } catch {
            services.logger.notice("connection refused", metadata: ["reason": "\(error)"])
            end(with: Self.buffer(error.lines), context: context)
        }
        context.fireChannelActive()
    }

    /// Frames what arrived into lines and answers each, or keeps it waiting.
    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !isEnding else { return }
        var bytes = unwrapInboundIn(data)
        if var pending = input {
            pending.writeBuffer(&bytes)
            bytes = pending
        }
        var answered = 0
        while !isEnding, let frame = decoder.next(from: &bytes) {
            if waiting.isEmpty, answered < services.limits.linesPerBatch, isReady(context) {
                answer(frame, context: context)
                answered += 1
            } else {
                waiting.append(frame)
            }
        }
        if !waiting.isEmpty { queueBatch(context) }
        // Keep a copy of just the start of a line still arriving (at most the line limit), so
        // the read buffer is not held and can be reused.
        if bytes.readableBytes > 0 {
            var rest = context.channel.allocator.buffer(capacity: bytes.readableBytes)
            rest.writeBuffer(&bytes)
            input = rest
        } else {
            input = nil
        }
    }

    /// Whether the next line can be answered now: the client reads and no reload runs.
    private func isReady(_ context: ChannelHandlerContext) -> Bool {
        if case .reloading = state { return false }
        return context.channel.isWritable
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let header = event as? ProxyHeader {
            proxiedSource = header.source
            return
        }
        guard let interrupt = event as? ConnectionInterrupt else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        guard !isEnding, let entry = served?.entry else { return }
        switch interrupt {
        case .idle:
            // A line may have come in since the reaper looked.
            guard entry.activity.withLockedValue({ $0.isIdle(at: .now, timeout: services.limits.idleTimeout) }) else { return }
            respond(.server([.bye(.idle)]), context: context)
        case .shutdown:
            respond(.server([.bye(.shutdown)]), context: context)
        }
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            served?.entry.activity.withLockedValue { $0.writeFinished(at: .now) }
            answerWaiting(context)
        } else {
            served?.entry.activity.withLockedValue { $0.writeStarted() }
        }
        context.fireChannelWritabilityChanged()
    }

    func read(context: ChannelHandlerContext) {
        if isEnding { return }
        if waiting.isEmpty, isReady(context) {
            context.read()
        } else {
            readHeld = true
        }
    }

    /// Answers the next batch of lines that waited, as far as the client reads; queues the
    /// batch after it, or reads again once none wait.
    private func answerWaiting(_ context: ChannelHandlerContext) {
        var answered = 0
        while !isEnding, answered < services.limits.linesPerBatch, isReady(context), let frame = waiting.popFirst() {
            answer(frame, context: context)
            answered += 1
        }
        if !waiting.isEmpty {
            queueBatch(context)
        } else if readHeld, isReady(context) {
            readHeld = false
            context.read()
        }
    }

    /// Lets the event loop serve the other connections, then answers the next batch — once
    /// the client reads, if it does not now (`channelWritabilityChanged` comes back here).
    private func queueBatch(_ context: ChannelHandlerContext) {
        guard !isBatchQueued, !isEnding, isReady(context) else { return }
        isBatchQueued = true
        context.eventLoop.assumeIsolated().execute { [self] in
            isBatchQueued = false
            answerWaiting(context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        // An unfinished last line is dropped: there is no one left to answer.
        waiting.removeAll()
        input = nil
        if let served {
            // The same word for a session left before the end as the daily counts use.
            let outcome = served.conversation.session.outcome?.rawValue ?? SessionTally.unfinished
            services.logger.info(
                "session ended",
                metadata: [
                    "session": "\(served.entry.id)", "dialog": "\(served.dialog)", "turns": "\(served.conversation.session.turns)",
                    "outcome": "\(outcome)", "reason": "\(served.reason)",
                    "duration": "\(Self.seconds(ContinuousClock.now - served.started))",
                ])
            // Counselors trying out paths are not the network's visitors.
            if !served.conversation.session.isCounselor {
                services.stats?.record(SessionTally(ended: served.conversation.session))
            }
            // Last, so that a shutdown waiting for the sessions finds their log lines and counts written.
            services.registry.release(served.entry)
            services.metrics?.sessionEnded(
                outcome: outcome, reason: served.reason,
                open: services.registry.count)
        }
        state = .closed
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        services.logger.debug("connection closed", metadata: ["error": "\(error)"])
        context.close(promise: nil)
    }

    /// The turn for one client line.
    private func answer(_ frame: ClientFrame, context: ChannelHandlerContext) {
        guard case .answering(let served) = state else { return }
        let now = ContinuousClock.now
        served.entry.activity.withLockedValue { $0.lineReceived(at: now) }
        let reply =
            switch frame {
            case .line(let buffer): served.conversation.turn(for: buffer.readableBytesView, at: now)
            case .tooLong: SessionConversation.Reply.turn(.server(served.conversation.turnForTooLongLine(at: now)))
            }
        switch reply {
        case .turn(let turn):
            respond(turn, context: context)
            services.metrics?.turn(turn, took: .now - now)
        case .reload: reload(context)
        }
    }

    /// Loads the Dialogs again on NIO's thread pool; the answer, and the lines after it,
    /// follow when it is done.
    private func reload(_ context: ChannelHandlerContext) {
        guard case .answering(let served) = state else { return }
        state = .reloading(served)
        let conversation = served.conversation
        NIOThreadPool.singleton.runIfActive(eventLoop: context.eventLoop) { conversation.reloadDialogs() }
            .assumeIsolated()
            .whenComplete { [self] outcome in
                // An idle or shutdown BYE may have ended the connection meanwhile.
                guard case .reloading(let served) = state else { return }
                state = .answering(served)
                switch outcome {
                case .success(let loaded):
                    respond(.server(served.conversation.reloaded(loaded)), context: context)
                case .failure:
                    // The thread pool only refuses work once the process is ending.
                    respond(.server(served.conversation.reloadCancelled), context: context)
                }
                answerWaiting(context)
            }
    }

    /// Sends a turn; a turn ending in `BYE` ends the connection once it is written.
    private func respond(_ turn: ServerTurn, context: ChannelHandlerContext) {
        let bytes = output.withValue { output in
            output.reset()
            ServerLine.write(turn, to: &output)
            return output.buffer
        }
        if let reason = turn.closingReason {
            end(with: bytes, reason: reason.rawValue, context: context)
        } else {
            send(bytes, context: context)
        }
    }

    /// Writes a turn. The idle clock counts from when it is written; while it waits for the
    /// client to read, the idle reaper may find the connection stalled.
    private func send(_ turn: ByteBuffer, context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(turn), promise: nil)
        let now = ContinuousClock.now
        let written = context.channel.isWritable
        served?.entry.activity.withLockedValue { written ? $0.writeFinished(at: now) : $0.writeStarted() }
    }

    /// Writes the last turn and closes the connection when it is out; the session's log line
    /// will give `reason`.
    private func end(with turn: ByteBuffer, reason: String? = nil, context: ChannelHandlerContext) {
        let last = served
        if let reason { last?.reason = reason }
        state = .ending(last)
        waiting.removeAll()
        context.writeAndFlush(wrapOutboundOut(turn)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    /// Whether `address` is this machine (127.0.0.0/8, ::1, an IPv4-mapped 127.x).
    static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.")
    }

    /// `duration` in seconds with milliseconds, e.g. `12.345s`.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)s"
    }

    /// The lines, each ended by LF.
    static func buffer(_ lines: [String]) -> ByteBuffer {
        var turn = TurnBuffer(ByteBuffer())
        for line in lines {
            turn.append(line)
            turn.endLine()
        }
        return turn.buffer
    }
}
