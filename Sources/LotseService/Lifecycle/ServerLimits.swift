/// The limits that keep one client from taking what others need: each has a clear answer on
/// the wire (`ERR 413`, `ERR 429`, `BYE limit`, `BYE idle`).
public struct ServerLimits: Sendable, Equatable {
    /// Sessions held at once (`--max-sessions`); one more gets `ERR 429` and `BYE limit`.
    public var maxSessions = 1000
    /// Sessions held at once from one client address (`--max-per-address`).
    public var maxPerAddress = 32
    /// Bytes in one client line, without its CR LF (`--max-line`); a longer one gets `ERR 413`.
    public var maxLineBytes = 1024
    /// How long a session may go without a complete line in either direction (`--idle-timeout`)
    /// before it gets `BYE idle` and is wiped.
    public var idleTimeout: Duration = .seconds(300)
    /// Lines a connection may send per second on average (`--max-lines-per-second`); 0 means
    /// no limit. Lines beyond it get `ERR 429` and are dropped.
    public var linesPerSecond = 100
    /// Lines a connection may send at once above that rate (`--line-burst`).
    public var lineBurst = 200
    /// Lines of one connection answered before the event loop serves the others: a client
    /// that sends thousands of lines at once gets them answered a batch at a time, and every
    /// other connection on the same event loop has its turn in between.
    public var linesPerBatch = 32
    /// Wrong `/auth` tokens a minute, server-wide, from every address together; past them (and
    /// a burst of as many) `/auth` answers `ERR 429` without comparing any token.
    public var authWrongTokensPerMinute = 10
    /// How long a connection waits before its next `/auth` after a wrong token; each further
    /// wrong token doubles it (up to a minute).
    public var authRetryDelay: Duration = .seconds(1)
    /// How long a graceful shutdown waits for clients that do not read their `BYE shutdown`
    /// before it closes their connections.
    public var shutdownGrace: Duration = .seconds(3)

    public init() {}
}
