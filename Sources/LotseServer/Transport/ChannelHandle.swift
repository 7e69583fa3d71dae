import LotseService
import NIOCore

/// How the service reaches a connection that a NIO channel carries: an interrupt goes down
/// its pipeline as a user event, so its handler answers it between two turns.
struct ChannelHandle: ConnectionHandle {
    let channel: any Channel

    func interrupt(_ interrupt: ConnectionInterrupt) {
        channel.pipeline.fireUserInboundEventTriggered(interrupt)
    }

    func forceClose() {
        channel.close(promise: nil)
    }
}
