import ArgumentParser
import Foundation
import NIOCore
import NIOPosix

/// `lotse-bench floor`: the least a SwiftNIO line server can do — answer every line with one
/// fixed line, no parsing, no session — so `load --ping` shows what NIO and the kernel cost
/// per round trip on this machine, below anything lotsed does.
struct FloorServer: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floor",
        abstract: "Serve the NIO floor: every line answered with one fixed line (for load --ping).",
        discussion: "Prints its port and process id, then serves until interrupted."
    )

    @Option(help: "The TCP port on 127.0.0.1; 0 picks a free one.")
    var port = 0

    @Option(help: "Bytes in each answer, its LF included (a lotsed turn is a few hundred).")
    var replyBytes = 400

    func run() throws {
        let reply = ByteBuffer(string: String(repeating: "x", count: max(0, replyBytes - 1)) + "\n")
        let channel = try ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(FixedReply(reply: reply))
                }
            }
            .bind(host: "127.0.0.1", port: port)
            .wait()
        let line = "floor: listening on 127.0.0.1:\(channel.localAddress?.port ?? port), pid \(getpid())\n"
        FileHandle.standardOutput.write(Data(line.utf8))
        try channel.closeFuture.wait()
    }
}

/// Answers each LF in what arrives with `reply`.
private final class FixedReply: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let reply: ByteBuffer

    init(reply: ByteBuffer) {
        self.reply = reply
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let lines = unwrapInboundIn(data).readableBytesView.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        for _ in 0..<lines { context.write(wrapOutboundOut(reply), promise: nil) }
        context.flush()
    }
}
