import LotseEngine
import LotseProtocol
import LotseService
import Metrics
import Prometheus

/// What the daemon counts for its operators, in swift-metrics objects backed by one Prometheus
/// registry per server: sessions open, started and ended (by outcome and reason), turns and
/// their latency, `ERR` lines by code, referrals by partner id, reloads. Labels are ids, codes
/// and outcomes only — never a slot value or a word a person typed.
final class ServerMetrics: ServiceObserver {
    /// The registry `/metrics` renders.
    let registry = PrometheusCollectorRegistry()
    private let factory: PrometheusMetricsFactory
    private let open: Metrics.Gauge
    private let started: Metrics.Counter
    private let turns: Metrics.Counter
    private let latency: Metrics.Timer

    init() {
        factory = PrometheusMetricsFactory(registry: registry)
        open = Metrics.Gauge(label: "lotse_sessions_open", factory: factory)
        started = Metrics.Counter(label: "lotse_sessions_started_total", factory: factory)
        turns = Metrics.Counter(label: "lotse_turns_total", factory: factory)
        latency = Metrics.Timer(label: "lotse_turn_duration_seconds", preferredDisplayUnit: .seconds, factory: factory)
    }

    func sessionStarted(open count: Int) {
        started.increment()
        open.record(count)
    }

    func sessionEnded(_ ending: SessionEnding) {
        Metrics.Counter(
            label: "lotse_sessions_ended_total", dimensions: [("outcome", ending.outcome), ("reason", ending.reason.description)],
            factory: factory
        )
        .increment()
        open.record(ending.open)
    }

    /// One turn: its latency, and the codes of its `ERR` lines and the partners it referred.
    func turn(_ turn: ServerTurn, took duration: Duration) {
        turns.increment()
        latency.recordNanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
        switch turn {
        case .session(let events, _):
            for event in events {
                switch event {
                case .error(let code, _): error(code.rawValue)
                case .refer(_, let partner, _):
                    Metrics.Counter(label: "lotse_referrals_total", dimensions: [("partner", partner)], factory: factory).increment()
                default: continue
                }
            }
        case .server(let events):
            for case .error(let code, _) in events { error(code.rawValue) }
        }
    }

    private func error(_ code: Int) {
        Metrics.Counter(label: "lotse_errors_total", dimensions: [("code", String(code))], factory: factory).increment()
    }

    func reloaded(_ accepted: Bool) {
        Metrics.Counter(label: "lotse_reloads_total", dimensions: [("result", accepted ? "ok" : "refused")], factory: factory).increment()
    }
}
