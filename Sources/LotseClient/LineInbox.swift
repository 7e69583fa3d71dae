import NIOConcurrencyHelpers
import NIOCore

/// The server lines of one connection, from the event loop to whoever reads them: taken all
/// at once (`takeAll()`, for a UI that polls) or one at a time by one async reader (`next`).
/// Once the connection ends, the lines that arrived are still handed out, then the end.
final class LineInbox: Sendable {
    private struct State {
        var lines = CircularBuffer<String>()
        /// Why the connection ended, once it has.
        var end: LineConnectionError?
        /// The reader waiting for a line, with a number that tells its timeout apart.
        var waiter: (id: Int, continuation: CheckedContinuation<String?, any Error>)?
        var nextWaiterID = 0
    }

    private let state = NIOLockedValueBox(State())
    /// Called after a line or the end has arrived (on the event loop).
    private let onArrival: @Sendable () -> Void

    init(onArrival: @escaping @Sendable () -> Void = {}) {
        self.onArrival = onArrival
    }

    /// A line from the server.
    func deliver(_ line: String) {
        let waiter = state.withLockedValue { state in
            guard let waiter = state.waiter else {
                state.lines.append(line)
                return nil as CheckedContinuation<String?, any Error>?
            }
            state.waiter = nil
            return waiter.continuation
        }
        waiter?.resume(returning: line)
        onArrival()
    }

    /// The connection ended: `.closed`, or the error that ended it. The first end counts.
    func finish(_ end: LineConnectionError) {
        let waiter = state.withLockedValue { state in
            if state.end == nil { state.end = end }
            defer { state.waiter = nil }
            return state.waiter?.continuation
        }
        if let waiter { Self.resume(waiter, at: end) }
        onArrival()
    }

    /// Every line that has arrived, without waiting; throws how the connection ended once it
    /// has and every line has been taken.
    func takeAll() throws(LineConnectionError) -> [String] {
        let (lines, end) = state.withLockedValue { state in
            let lines = Array(state.lines)
            state.lines.removeAll(keepingCapacity: true)
            return (lines, state.end)
        }
        if lines.isEmpty, let end { throw end }
        return lines
    }

    /// The next line, waiting at most `timeout` (nil: for ever); nil once the server has
    /// closed and every line has been read. One reader at a time.
    func next(timeout: Duration?, on eventLoop: any EventLoop) async throws -> String? {
        let id = state.withLockedValue { state in
            state.nextWaiterID += 1
            return state.nextWaiterID
        }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let ready: Result<String?, LineConnectionError>? = state.withLockedValue { state in
                    if let line = state.lines.popFirst() { return .success(line) }
                    if let end = state.end { return end == .closed ? .success(nil) : .failure(end) }
                    state.waiter = (id, continuation)
                    return nil
                }
                if let ready {
                    continuation.resume(with: ready)
                } else if let timeout {
                    eventLoop.scheduleTask(in: TimeAmount(timeout)) { [self] in
                        fail(waiter: id, with: LineConnectionError.timedOut)
                    }
                }
            }
        } onCancel: {
            fail(waiter: id, with: CancellationError())
        }
    }

    /// Ends the wait of reader `id`, if it still waits.
    private func fail(waiter id: Int, with error: any Error) {
        let waiter = state.withLockedValue { state in
            guard let waiter = state.waiter, waiter.id == id else { return nil as CheckedContinuation<String?, any Error>? }
            state.waiter = nil
            return waiter.continuation
        }
        waiter?.resume(throwing: error)
    }

    private static func resume(_ waiter: CheckedContinuation<String?, any Error>, at end: LineConnectionError) {
        if end == .closed { waiter.resume(returning: nil) } else { waiter.resume(throwing: end) }
    }
}

/// Hands a connection's lines and its end to a `LineInbox`.
final class LineInboxHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = String

    let inbox: LineInbox

    init(inbox: LineInbox) {
        self.inbox = inbox
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        inbox.deliver(unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        inbox.finish(.closed)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        inbox.finish(LineConnectionError(error))
        context.close(promise: nil)
    }
}
