#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's limit of open files: every session holds one socket.
public enum OpenFileLimit {
    /// Files the daemon keeps open besides its sessions (listening socket, event loops,
    /// Dialogs files while loading, standard streams), with room to spare.
    public static let reserved = 64

    /// Raises the soft limit on open files to the hard limit and returns the limit in force.
    @discardableResult
    public static func raiseToMaximum() -> Int {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return 1024 }
        var wanted = limit.rlim_max
        #if canImport(Darwin)
            wanted = min(wanted, rlim_t(OPEN_MAX))
        #endif
        if limit.rlim_cur < wanted {
            var raised = limit
            raised.rlim_cur = wanted
            if setrlimit(resource, &raised) == 0 { limit = raised }
        }
        return Int(clamping: limit.rlim_cur)
    }

    /// How many sessions fit in `limit` open files.
    public static func sessionCapacity(openFiles limit: Int) -> Int {
        max(0, limit - reserved)
    }

    #if canImport(Glibc)
        private static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
        private static let resource = RLIMIT_NOFILE
    #endif
}
