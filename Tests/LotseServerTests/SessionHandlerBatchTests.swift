import Logging
import LotseService
import LotseTestSupport
import NIOCore
import NIOEmbedded
import Testing

@testable import LotseServer

/// A connection that sends many lines at once is answered a batch at a time, each batch its
/// own task on the event loop, so the other connections on that loop are served in between.
/// Counted on an `EmbeddedChannel`, whose loop runs queued tasks only when told: the figures
/// do not depend on how fast the build is.
@Suite struct SessionHandlerBatches {
    private let linesPerBatch = 8

    private func connectedChannel(
        on loop: EmbeddedEventLoop = EmbeddedEventLoop(), named name: String = "", log: TurnLog? = nil,
        output: NIOLoopBoundBox<TurnBuffer>? = nil
    ) throws -> EmbeddedChannel {
        var limits = ServerLimits()
        limits.linesPerBatch = linesPerBatch
        limits.linesPerSecond = 0
        let logger = Logger.silent
        let service = SessionService(
            store: try DialogStore(directory: Fixtures.tiny, logger: logger), counselorToken: nil, limits: limits, logger: logger)
        let services = SessionServices(service: service, encrypted: false, logger: logger)
        let channel = EmbeddedChannel(loop: loop)
        if let log { try channel.pipeline.syncOperations.addHandler(TurnLogger(name: name, log: log)) }
        try channel.pipeline.syncOperations.addHandler(
            SessionHandler(
                services: services, decoder: LineFrameDecoder(maxLineBytes: 1024),
                output: output ?? NIOLoopBoundBox(TurnBuffer(ByteBuffer()), eventLoop: loop)))
        try channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 4747)).wait()
        return channel
    }

    /// The turns written so far: each ends with its `WAIT` line.
    private func writtenTurns(_ channel: EmbeddedChannel) throws -> Int {
        var turns = 0
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) {
            turns += String(buffer: buffer).split(separator: "\n").filter { $0 == "WAIT" }.count
        }
        return turns
    }

    @Test func oneReadOfManyLinesAnswersOneBatchAndQueuesTheRest() throws {
        let channel = try connectedChannel()
        #expect(try writtenTurns(channel) == 1)  // the greeting
        try channel.writeInbound(ByteBuffer(string: String(repeating: "/help\n", count: 5 * linesPerBatch)))
        #expect(try writtenTurns(channel) == linesPerBatch)
        channel.embeddedEventLoop.run()
        #expect(try writtenTurns(channel) == 4 * linesPerBatch)
        _ = try channel.finish()
    }

    @Test func anotherConnectionOnTheLoopIsServedBetweenBatches() throws {
        let loop = EmbeddedEventLoop()
        let log = TurnLog()
        let flooder = try connectedChannel(on: loop, named: "flooder", log: log)
        let other = try connectedChannel(on: loop, named: "other", log: log)
        log.names.removeAll()  // the greetings
        try flooder.writeInbound(ByteBuffer(string: String(repeating: "/help\n", count: 5 * linesPerBatch)))
        // The other connection's line arrives after the flooder's read, as the loop's next task.
        loop.execute { _ = try? other.writeInbound(ByteBuffer(string: "19\n")) }
        loop.run()
        #expect(log.names.count == 5 * linesPerBatch + 1)
        let otherTurn = try #require(log.names.firstIndex(of: "other"))
        #expect(otherTurn <= 2 * linesPerBatch, "the other session waited for \(otherTurn) of the flooder's turns")
        _ = try flooder.finish()
        _ = try other.finish()
    }

    @Test func aTurnNotYetWrittenIsNeverOverwrittenByTheNextOneOnItsLoop() throws {
        // An embedded channel keeps every turn until it is read, as a write waiting for a
        // slow client does; the two connections spell their turns into the loop's one buffer.
        let loop = EmbeddedEventLoop()
        let shared = NIOLoopBoundBox(TurnBuffer(ByteBuffer()), eventLoop: loop)
        let first = try connectedChannel(on: loop, output: shared)
        let second = try connectedChannel(on: loop, output: shared)
        try first.writeInbound(ByteBuffer(string: "19\n"))
        try second.writeInbound(ByteBuffer(string: "/help\n"))
        try first.writeInbound(ByteBuffer(string: "/help\n"))
        func turns(_ channel: EmbeddedChannel) throws -> [String] {
            var turns: [String] = []
            while let buffer = try channel.readOutbound(as: ByteBuffer.self) { turns.append(String(buffer: buffer)) }
            return turns
        }
        let firstTurns = try turns(first)
        let secondTurns = try turns(second)
        #expect(firstTurns.count == 3)
        #expect(secondTurns.count == 2)
        #expect(firstTurns.first?.hasPrefix("HELLO ") == true)
        #expect(secondTurns.first?.hasPrefix("HELLO ") == true)
        #expect(firstTurns.dropFirst().first?.contains("ASK money yesno") == true)
        #expect(firstTurns.last?.hasPrefix("NOTE ") == true)
        #expect(secondTurns.last?.hasPrefix("NOTE ") == true)
        #expect(firstTurns.last == secondTurns.last)
        _ = try first.finish()
        _ = try second.finish()
    }

    @Test func linesArrivingWhileABatchWaitsKeepTheirOrder() throws {
        let channel = try connectedChannel()
        _ = try writtenTurns(channel)
        try channel.writeInbound(ByteBuffer(string: String(repeating: "/help\n", count: linesPerBatch + 1)))
        try channel.writeInbound(ByteBuffer(string: "19\n"))
        #expect(try writtenTurns(channel) == linesPerBatch)
        channel.embeddedEventLoop.run()
        var last = ""
        while let buffer = try channel.readOutbound(as: ByteBuffer.self) { last = String(buffer: buffer) }
        #expect(last.contains("ASK money yesno"), "the answer to 19 comes after the /help lines before it")
        _ = try channel.finish()
    }
}

/// The order in which connections wrote their turns.
final class TurnLog {
    var names: [String] = []
}

/// Notes the connection's name in a `TurnLog` for each turn it writes.
final class TurnLogger: ChannelOutboundHandler {
    typealias OutboundIn = ByteBuffer
    let name: String
    let log: TurnLog

    init(name: String, log: TurnLog) {
        self.name = name
        self.log = log
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        log.names.append(name)
        context.write(data, promise: promise)
    }
}
