import NIOCore
import NIOPosix

/// A SwiftNIO connection to a Lotse server whose lines go to a `LineInbox`: the part that
/// `LineConnection` (async) and `LineSocket` (polled) share.
enum LineChannel {
    /// Connects to `host:port` (each address the host resolves to, IPv6 and IPv4), giving up
    /// after `timeout`; over TLS when `tls` is given.
    static func connect(host: String, port: Int, timeout: Duration, tls: ClientTLS? = nil, inbox: LineInbox)
        -> EventLoopFuture<any Channel>
    {
        ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(TimeAmount(timeout))
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let tls { try channel.pipeline.syncOperations.addHandler(try tls.handler(for: host)) }
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
