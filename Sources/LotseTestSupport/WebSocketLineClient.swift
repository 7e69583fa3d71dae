import NIOConcurrencyHelpers
public import NIOCore
import NIOHTTP1
import NIOPosix
public import NIOWebSocket

/// A client of the web door's `/ws` for tests and benchmarks, as a browser's page is one: it
/// upgrades an HTTP connection (with an `Origin` if given), sends each line as one masked text
/// message and reads the server's messages as lines, a turn at a time.
public final class WebSocketLineClient: Sendable {
    /// What the connection brought, in order.
    public enum Event: Sendable, Equatable {
        /// A text message: one server line.
        case line(String)
        /// A message that is not text (opcode), which protocol v1 never sends.
        case other(WebSocketOpcode)
        /// The server's close message, with its status code.
        case close(UInt16?)
        /// The connection is gone.
        case closed
    }

    /// Why no WebSocket was opened, or a read gave up.
    public enum Failure: Error, Equatable {
        /// The server answered the upgrade with this HTTP status instead.
        case refused(UInt)
        /// Nothing came within the read timeout.
        case timedOut
        /// The connection ended before the turn did.
        case ended([String])
    }

    private let channel: any Channel
    private let inbox: EventInbox

    private init(channel: any Channel, inbox: EventInbox) {
        self.channel = channel
        self.inbox = inbox
    }

    /// Connects to `ws://HOST:PORT/ws`, naming `origin` as a browser would.
    public static func connect(host: String, port: Int, origin: String? = nil, path: String = "/ws") async throws -> WebSocketLineClient {
        let inbox = EventInbox()
        let upgraded = MultiThreadedEventLoopGroup.singleton.next().makePromise(of: Void.self)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                let upgrader = NIOWebSocketClientUpgrader(
                    maxFrameSize: 1 << 20,
                    upgradePipelineHandler: { channel, _ in
                        channel.eventLoop.makeCompletedFuture {
                            let pipeline = channel.pipeline.syncOperations
                            pipeline.removeHandler(name: UpgradeRequest.name, promise: nil)
                            try pipeline.addHandler(MessageReceiver(inbox: inbox))
                        }
                    })
                return channel.eventLoop.makeCompletedFuture {
                    let request = UpgradeRequest(host: "\(host):\(port)", path: path, origin: origin, upgraded: upgraded)
                    // The server's first messages may come in the same read as its 101: keep them.
                    try channel.pipeline.syncOperations.addHTTPClientHandlers(
                        leftOverBytesStrategy: .forwardBytes,
                        withClientUpgrade: (upgraders: [upgrader], completionHandler: { _ in upgraded.succeed() }))
                    try channel.pipeline.syncOperations.addHandler(request, name: UpgradeRequest.name)
                }
            }
            .connect(host: host, port: port)
            .get()
        do {
            try await upgraded.futureResult.get()
        } catch {
            channel.close(promise: nil)
            throw error
        }
        return WebSocketLineClient(channel: channel, inbox: inbox)
    }

    /// Sends `line` as one text message.
    public func send(_ line: String) async throws {
        try await send(ByteBuffer(string: line), opcode: .text)
    }

    /// Sends one message of any kind (a binary one, say).
    public func send(_ bytes: ByteBuffer, opcode: WebSocketOpcode) async throws {
        try await channel.writeAndFlush(WebSocketFrame(fin: true, opcode: opcode, maskKey: .random(), data: bytes))
    }

    /// The next event, or `Failure.timedOut` after `timeout`. One reader at a time.
    public func next(timeout: Duration = .seconds(10)) async throws -> Event {
        try await inbox.next(timeout: timeout, on: channel.eventLoop)
    }

    /// The lines up to and with the turn's `WAIT` or `BYE`.
    public func readTurn(timeout: Duration = .seconds(10)) async throws -> [String] {
        var lines: [String] = []
        while true {
            switch try await next(timeout: timeout) {
            case .line(let line):
                lines.append(line)
                if line == "WAIT" || line.hasPrefix("BYE") { return lines }
            case .other:
                continue
            case .close, .closed:
                throw Failure.ended(lines)
            }
        }
    }

    /// Sends `line` and returns its turn.
    public func turn(_ line: String) async throws -> [String] {
        try await send(line)
        return try await readTurn()
    }

    /// Closes the connection without a close message, as a browser tab that is killed.
    public func close() {
        channel.close(promise: nil)
    }
}

/// The events of one connection, from the event loop to the one reader that waits for them.
private final class EventInbox: Sendable {
    private struct State {
        var events = CircularBuffer<WebSocketLineClient.Event>()
        var ended = false
        /// The reader waiting, with a number that tells its timeout apart.
        var waiter: (id: Int, continuation: CheckedContinuation<WebSocketLineClient.Event, any Error>)?
        var nextID = 0
    }

    private let state = NIOLockedValueBox(State())

    func deliver(_ event: WebSocketLineClient.Event) {
        let waiter = state.withLockedValue { state in
            if event == .closed { state.ended = true }
            guard let waiter = state.waiter else {
                state.events.append(event)
                return nil as CheckedContinuation<WebSocketLineClient.Event, any Error>?
            }
            state.waiter = nil
            return waiter.continuation
        }
        waiter?.resume(returning: event)
    }

    func next(timeout: Duration, on eventLoop: any EventLoop) async throws -> WebSocketLineClient.Event {
        try await withCheckedThrowingContinuation { continuation in
            let ready: WebSocketLineClient.Event? = state.withLockedValue { state in
                if let event = state.events.popFirst() { return event }
                if state.ended { return .closed }
                state.nextID += 1
                state.waiter = (state.nextID, continuation)
                return nil
            }
            if let ready { return continuation.resume(returning: ready) }
            let id = state.withLockedValue { $0.nextID }
            eventLoop.scheduleTask(in: TimeAmount(timeout)) { [self] in
                let expired = state.withLockedValue { state in
                    guard let waiter = state.waiter, waiter.id == id else {
                        return nil as CheckedContinuation<WebSocketLineClient.Event, any Error>?
                    }
                    state.waiter = nil
                    return waiter.continuation
                }
                expired?.resume(throwing: WebSocketLineClient.Failure.timedOut)
            }
        }
    }
}

/// Sends the upgrade request once connected; an answer that is no upgrade fails it.
private final class UpgradeRequest: ChannelInboundHandler, RemovableChannelHandler {
    static let name = "upgrade-request"
    typealias InboundIn = HTTPClientResponsePart
    typealias OutboundOut = HTTPClientRequestPart

    private let host: String
    private let path: String
    private let origin: String?
    private let upgraded: EventLoopPromise<Void>

    init(host: String, path: String, origin: String?, upgraded: EventLoopPromise<Void>) {
        self.host = host
        self.path = path
        self.origin = origin
        self.upgraded = upgraded
    }

    func channelActive(context: ChannelHandlerContext) {
        var head = HTTPRequestHead(version: .http1_1, method: .GET, uri: path)
        head.headers.add(name: "Host", value: host)
        if let origin { head.headers.add(name: "Origin", value: origin) }
        head.headers.add(name: "Content-Length", value: "0")
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if case .head(let response) = unwrapInboundIn(data) {
            upgraded.fail(WebSocketLineClient.Failure.refused(response.status.code))
            context.close(promise: nil)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        upgraded.fail(WebSocketLineClient.Failure.ended([]))
        context.fireChannelInactive()
    }
}

/// Puts each message the server sends into the client's events.
private final class MessageReceiver: ChannelInboundHandler {
    typealias InboundIn = WebSocketFrame

    private let inbox: EventInbox

    init(inbox: EventInbox) {
        self.inbox = inbox
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let frame = unwrapInboundIn(data)
        switch frame.opcode {
        case .text:
            inbox.deliver(.line(String(buffer: frame.unmaskedData)))
        case .connectionClose:
            var data = frame.unmaskedData
            inbox.deliver(.close(data.readInteger(as: UInt16.self)))
        default:
            inbox.deliver(.other(frame.opcode))
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        inbox.deliver(.closed)
    }
}
