/// Why the statistics file cannot be used.
public enum StatsError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file could not be opened or created, or is not a statistics file.
    case cannotOpen(path: String, reason: String)
    /// Reading only: the file does not exist.
    case missing(path: String)
    /// A count could not be written (the disk is full, the file was removed …).
    case cannotWrite(path: String, reason: String)
    /// The counts could not be read.
    case cannotRead(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): "\(path): cannot open the statistics file: \(reason)"
        case .missing(let path): "\(path): no such statistics file"
        case .cannotWrite(let path, let reason): "\(path): cannot add the counts: \(reason)"
        case .cannotRead(let path, let reason): "\(path): cannot read the counts: \(reason)"
        }
    }
}
