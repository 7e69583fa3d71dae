import Foundation

/// Order statistics of a set of measured durations, printed in microseconds or milliseconds.
struct Statistics {
    let sorted: [Duration]

    init(_ samples: [Duration]) {
        sorted = samples.sorted()
    }

    func percentile(_ p: Double) -> Duration {
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))]
    }

    var median: Duration { percentile(0.5) }

    /// The average: what a CPU-time figure divides out to.
    var mean: Duration {
        sorted.isEmpty ? .zero : sorted.reduce(.zero, +) / sorted.count
    }

    /// `p50 … p90 … p99 … max … mean …` in the given unit.
    func summary(unit: Unit) -> String {
        [("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0)]
            .map { "\($0.0) \(unit.format(percentile($0.1)))" }.joined(separator: "  ")
            + "  mean \(unit.format(mean))"
    }

    enum Unit {
        case microseconds, milliseconds

        func format(_ duration: Duration) -> String {
            let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
            switch self {
            case .microseconds: return String(format: "%.2f µs", seconds * 1e6)
            case .milliseconds: return String(format: "%.1f ms", seconds * 1e3)
            }
        }
    }
}
