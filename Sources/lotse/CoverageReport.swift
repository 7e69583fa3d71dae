import Foundation
import LotseDialog
import LotseTranscript

/// Prints what transcripts exercised of a dialog, and what they missed.
enum CoverageReport {
    /// Prints the report; returns whether the total is below `minimum`.
    static func print(_ coverage: Coverage, of dialog: Dialog, minimum: Double?) -> Bool {
        Swift.print("coverage:")
        for measure in coverage.measures(of: dialog) {
            let name = measure.name.padding(toLength: 9, withPad: " ", startingAt: 0)
            Swift.print("  \(name)" + String(format: "%4d of %4d  %5.1f%%", measure.covered, measure.total, measure.percent))
            if !measure.missed.isEmpty {
                Swift.print("    missed: " + measure.missed.joined(separator: ", "))
            }
        }
        printNetworks(coverage, of: dialog)
        let total = coverage.percent(of: dialog)
        Swift.print(String(format: "  total %.1f%%", total))
        guard let minimum, total < minimum else { return false }
        Swift.print(String(format: "coverage %.1f%% is below the minimum of %.1f%%", total, minimum))
        return true
    }

    /// Per network, how many of its own partners and rules the transcripts reached.
    private static func printNetworks(_ coverage: Coverage, of dialog: Dialog) {
        guard !dialog.networks.isEmpty else { return }
        Swift.print("  by network:")
        for network in dialog.networks {
            let partners = dialog.partners.filter { $0.scope == .network(network.id) }.map(\.id)
            let rules = dialog.rules.filter { network.owns($0.location) }.map(\.id)
            let reached = (partners.filter(coverage.partners.contains).count, rules.filter(coverage.rules.contains).count)
            let percent = { (covered: Int, total: Int) in total == 0 ? 100 : Double(covered) * 100 / Double(total) }
            Swift.print(
                "    \(network.id.padding(toLength: 22, withPad: " ", startingAt: 0))"
                    + String(
                        format: "partners %3d of %3d %5.1f%%, rules %2d of %2d %5.1f%%", reached.0, partners.count,
                        percent(reached.0, partners.count), reached.1, rules.count, percent(reached.1, rules.count)))
            let missed = partners.filter { !coverage.partners.contains($0) } + rules.filter { !coverage.rules.contains($0) }
            if !missed.isEmpty { Swift.print("      missed: " + missed.joined(separator: ", ")) }
        }
    }
}
