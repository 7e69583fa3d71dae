import NIOCore
import NIOPosix

/// One output buffer per event loop, which every turn written on that loop reuses: the turn is
/// spelt into it and handed to the channel, which lets go of it once the bytes are on the
/// socket, so the next turn spells into the same storage without allocating. A buffer still
/// held by a write that waits for a slow client stays that write's: clearing it then gives
/// the next turn new storage (copy on write), so no turn ever overwrites another.
final class OutputBuffers: Sendable {
    private let buffers: [ObjectIdentifier: NIOLoopBoundBox<TurnBuffer>]

    /// A buffer for each event loop of `group` (callable on any thread).
    init(group: MultiThreadedEventLoopGroup) {
        var buffers: [ObjectIdentifier: NIOLoopBoundBox<TurnBuffer>] = [:]
        for loop in group.makeIterator() {
            buffers[ObjectIdentifier(loop)] = NIOLoopBoundBox.makeBoxSendingValue(TurnBuffer(ByteBuffer()), eventLoop: loop)
        }
        self.buffers = buffers
    }

    /// The buffer of `loop` (one of the group's), or a new one for a loop from elsewhere.
    func buffer(for loop: any EventLoop) -> NIOLoopBoundBox<TurnBuffer> {
        buffers[ObjectIdentifier(loop)] ?? NIOLoopBoundBox.makeBoxSendingValue(TurnBuffer(ByteBuffer()), eventLoop: loop)
    }
}
