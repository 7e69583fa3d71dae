import NIOCore

/// Turns a `ConnectionInterrupt` user event into a `.interrupt` frame, so the session loop
/// reads it in order with the lines and answers it between two turns, never inside one.
///
/// The idle reaper and the shutdown send the event with
/// `channel.pipeline.fireUserInboundEventTriggered(_:)` from any thread.
final class InterruptHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ClientFrame
    typealias InboundOut = ClientFrame

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let interrupt = event as? ConnectionInterrupt {
            context.fireChannelRead(Self.wrapInboundOut(.interrupt(interrupt)))
            // NIOAsyncChannel hands reads to the session loop on read-complete.
            context.fireChannelReadComplete()
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }
}
