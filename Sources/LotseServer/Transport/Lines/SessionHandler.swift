import Logging
import LotseProtocol
import LotseService
import NIOCore
import NIOPosix

/// What every connection's handler needs beside its own bytes: the service it carries lines
/// to, whether the transport is TLS, and the log for errors of the connection itself.
struct SessionServices: Sendable {
    let service: SessionService
    /// Whether connections are TLS: the service then allows `/auth` from anywhere.
    let encrypted: Bool
    let logger: Logger
}

/// Carries one connection's lines to its `ServiceSession` on the connection's event loop and
/// writes the turns that come back: framing, read-hold and batching, writing — nothing else.
/// Admission, the protocol's checks and answers and the session's life are the service's.
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

    /// Where the connection stands, in one value (as NIO's `HTTPServerPipelineHandler` keeps
    /// its `ConnectionState`): "a turn answered while a reload runs" or "a session after its
    /// `BYE`" cannot be written down.
    private enum State {
        /// Before `channelActive`.
        case starting
        /// Each line gets its turn as it comes.
        case answering(ServiceSession)
        /// A counselor's `/reload` runs on the thread pool; the lines after it wait for its answer.
        case reloading(ServiceSession)
        /// The last turn (`BYE`, or the refusal of a connection that was not admitted) is being
        /// written: nothing more is read or answered.
        case ending(ServiceSession?)
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
    private var served: ServiceSession? {
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

    /// A handler added to a connection that is already open (a WebSocket after its upgrade)
    /// starts the session at once.
    func handlerAdded(context: ChannelHandlerContext) {
        if context.channel.isActive { open(context) }
    }

    func channelActive(context: ChannelHandlerContext) {
        open(context)
        context.fireChannelActive()
    }

    /// Admits the connection and greets it, or refuses it (once).
    private func open(_ context: ChannelHandlerContext) {
        guard case .starting = state else { return }
        let address = proxiedSource ?? context.channel.remoteAddress?.ipAddress ?? "unknown"
        switch services.service.open(from: address, encrypted: services.encrypted, handle: ChannelHandle(channel: context.channel)) {
        case .admitted(let session, let greeting):
            state = .answering(session)
            send(Self.buffer(greeting), context: context)
        case .refused(let lines):
            end(with: Self.buffer(lines), context: context)
        }
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
            if waiting.isEmpty, answered < services.service.limits.linesPerBatch, isReady(context) {
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
        guard !isEnding, let turn = served?.turn(for: interrupt) else { return }
        respond(turn, context: context)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            served?.writeFinished()
            answerWaiting(context)
        } else {
            served?.writeStarted()
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
        while !isEnding, answered < services.service.limits.linesPerBatch, isReady(context), let frame = waiting.popFirst() {
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
        served?.close()
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
        let reply =
            switch frame {
            case .line(let buffer): served.reply(toLine: buffer.readableBytesView)
            case .tooLong: served.replyToOverlongLine()
            }
        switch reply {
        case .turn(let turn): respond(turn, context: context)
        case .reload: reload(context)
        }
    }

    /// Loads the Dialogs again on NIO's thread pool; the answer, and the lines after it,
    /// follow when it is done.
    private func reload(_ context: ChannelHandlerContext) {
        guard case .answering(let served) = state else { return }
        state = .reloading(served)
        NIOThreadPool.singleton.runIfActive(eventLoop: context.eventLoop, served.makeReload())
            .assumeIsolated()
            .whenComplete { [self] outcome in
                // An idle or shutdown BYE may have ended the connection meanwhile.
                guard case .reloading(let served) = state else { return }
                state = .answering(served)
                // The thread pool only refuses work once the process is ending.
                respond(served.reloaded(try? outcome.get()), context: context)
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
        if turn.closingReason != nil {
            end(with: bytes, context: context)
        } else {
            send(bytes, context: context)
        }
    }

    /// Writes a turn. The idle clock counts from when it is written; while it waits for the
    /// client to read, the idle reaper may find the connection stalled.
    private func send(_ turn: ByteBuffer, context: ChannelHandlerContext) {
        context.writeAndFlush(wrapOutboundOut(turn), promise: nil)
        if context.channel.isWritable {
            served?.writeFinished()
        } else {
            served?.writeStarted()
        }
    }

    /// Writes the last turn and closes the connection when it is out.
    private func end(with turn: ByteBuffer, context: ChannelHandlerContext) {
        state = .ending(served)
        waiting.removeAll()
        context.writeAndFlush(wrapOutboundOut(turn)).assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
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
