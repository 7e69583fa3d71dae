import Foundation
import Histogram

/// Percentiles of measured durations, kept in an HDR histogram (nanoseconds, three significant
/// digits: a value is off by at most 0.1 %), printed in microseconds or milliseconds.
struct Statistics {
    private var histogram = Histogram<UInt64>(numberOfSignificantValueDigits: .three)

    init(_ samples: [Duration]) {
        histogram.autoResize = true
        for sample in samples { _ = histogram.record(UInt64(max(0, Self.nanoseconds(sample)))) }
    }

    /// The duration at percentile `p` (0…1).
    func percentile(_ p: Double) -> Duration {
        guard histogram.totalCount > 0 else { return .zero }
        return p >= 1 ? .nanoseconds(Int64(histogram.max)) : .nanoseconds(Int64(histogram.valueAtPercentile(p * 100)))
    }

    var median: Duration { percentile(0.5) }

    /// How many durations were recorded.
    var count: Int { Int(histogram.totalCount) }

    /// The average: what a CPU-time figure divides out to.
    var mean: Duration {
        histogram.totalCount > 0 ? .nanoseconds(Int64(histogram.mean.rounded())) : .zero
    }

    /// `p50 … p90 … p99 … max … mean …` in the given unit.
    func summary(unit: Unit) -> String {
        [("p50", 0.5), ("p90", 0.9), ("p99", 0.99), ("max", 1.0)]
            .map { "\($0.0) \(unit.format(percentile($0.1)))" }.joined(separator: "  ")
            + "  mean \(unit.format(mean))"
    }

    private static func nanoseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000
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
