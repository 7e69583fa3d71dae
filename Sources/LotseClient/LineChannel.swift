import NIOCore
import NIOPosix

/// A SwiftNIO connection to a Lotse server whose lines go to a `LineInbox`: the part that
/// `LineConnection` (async) and `LineSocket` (polled) share.
enum LineChannel {
    /// Connects to `host:port` (each address the host resolves to, IPv6 and IPv4), giving up
    /// after `timeout`.
    static func connect(host: String, port: Int, timeout: Duration, inbox: LineInbox) -> EventLoopFuture<any Channel> {
        ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(TimeAmount(timeout))
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandlers(
                        ByteToMessageHandler(ServerLineDecoder()), LineInboxHandler(inbox: inbox))
                }
            }
            .connect(host: host, port: port)
    }

    /// `line` and its LF.
    static func buffer(_ line: String) -> ByteBuffer {
        var buffer = ByteBuffer()
        buffer.reserveCapacity(line.utf8.count + 1)
        buffer.writeString(line)
        buffer.writeInteger(UInt8(ascii: "\n"))
        return buffer
    }
}
