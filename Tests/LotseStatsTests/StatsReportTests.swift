import Foundation
import Testing

@testable import LotseStats

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A month of counts summed up for the meeting, and how each format shows it: small counts
/// never as numbers, names beside ids, valid CSV and SVG.
@Suite struct StatsReportTests {
    /// November 2026: 30 days, 6 sessions a day (4 in Ukrainian, 2 in German), each referred to
    /// the JMD; the Jobcenter twice in the month, one emergency.
    static let month: [DailyCount] = {
        var counts: [DailyCount] = []
        for day in 1...30 {
            let date = StatsDay(String(format: "2026-11-%02d", day))!
            func add(_ dimension: StatsDimension, _ value: String, _ count: Int) {
                counts.append(DailyCount(day: date, key: StatsKey(dimension, value), count: count))
            }
            add(.sessions, "", 6)
            add(.language, "uk", 4)
            add(.language, "de", 2)
            add(.outcome, "referred", day == 7 ? 5 : 6)
            if day == 7 { add(.outcome, "emergency", 1) }
            add(.partner, "jmd-lichtenfels", 6)
            if day == 3 || day == 20 { add(.partner, "jobcenter-lichtenfels", 1) }
        }
        return counts
    }()

    static let labels = ReportLabels(partnerNames: ["jmd-lichtenfels": "JMD Lichtenfels & Kronach", "jobcenter-lichtenfels": "Jobcenter"])

    @Test func sumsThePeriodLargestFirst() throws {
        let report = StatsReport(Self.month)
        #expect(report.first == StatsDay("2026-11-01") && report.last == StatsDay("2026-11-30"))
        #expect(report.daysWithSessions == 30 && report.sessions == 180)
        #expect(report.sections.map(\.dimension) == [.sessions, .outcome, .language, .partner])
        let language = try #require(report.sections.first { $0.dimension == .language })
        #expect(language.rows.map(\.key.value) == ["uk", "de"])
        #expect(language.rows.map(\.total) == [120, 60])
        let partners = try #require(report.sections.first { $0.dimension == .partner })
        #expect(partners.rows.map(\.shown) == [.exactly(180), .few])
    }

    @Test func aPeriodTakesItsDaysOnly() {
        let week = StatsReport(Self.month, from: StatsDay("2026-11-02"), to: StatsDay("2026-11-08"))
        #expect(week.daysWithSessions == 7 && week.sessions == 42)
        #expect(week.first == StatsDay("2026-11-02") && week.last == StatsDay("2026-11-08"))
        let empty = StatsReport(Self.month, from: StatsDay("2026-12-01"), to: nil)
        #expect(empty.sections.isEmpty && empty.sessions == 0)
        #expect(ReportTable.text(empty, labels: Self.labels).contains("Keine Gespräche in diesem Zeitraum."))
    }

    @Test func countsUnderFiveAreNeverShownAsNumbers() {
        #expect(ShownCount(4).description == "< 5")
        #expect(ShownCount(1) == .few && ShownCount(5) == .exactly(5))
        let report = StatsReport(Self.month)
        let table = ReportTable.text(report, labels: Self.labels)
        #expect(table.contains("Jobcenter (jobcenter-lichtenfels)"))
        #expect(table.contains("< 5"))
        let lines = table.split(separator: "\n")
        #expect(lines.contains("    < 5  Notfall"))
        #expect(lines.contains("    < 5  Jobcenter (jobcenter-lichtenfels)"))
        #expect(lines.contains("    180  JMD Lichtenfels & Kronach (jmd-lichtenfels)"))
        #expect(lines.contains("    120  uk"))
    }

    @Test func csvQuotesNamesAndKeepsSmallCountsHidden() {
        let csv = ReportCSV.text(
            StatsReport(Self.month), labels: ReportLabels(partnerNames: ["jmd-lichtenfels": "JMD, Lichtenfels \"Mitte\""]))
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows.first == "from,to,dimension,value,name,count")
        #expect(rows.contains("2026-11-01,2026-11-30,partner,jmd-lichtenfels,\"JMD, Lichtenfels \"\"Mitte\"\" (jmd-lichtenfels)\",180"))
        #expect(rows.contains("2026-11-01,2026-11-30,partner,jobcenter-lichtenfels,jobcenter-lichtenfels,< 5"))
        #expect(rows.contains("2026-11-01,2026-11-30,sessions,,Gespräche insgesamt,180"))
    }

    @Test func longNamesAreShortenedInTheMiddleForTheChart() {
        let name =
            "Beratungsstelle für Schwangerschaftsfragen der Diakonie Coburg – Außenstelle Lichtenfels (schwangerschaftsberatung-lichtenfels)"
        let short = ReportSVG.shortened(name)
        #expect(short.count == ReportSVG.longestLabel)
        #expect(short.hasPrefix("Beratungsstelle") && short.hasSuffix("(schwangerschaftsberatung-lichtenfels)") && short.contains("…"))
        #expect(ReportSVG.shortened("Jobcenter") == "Jobcenter")
        #expect(ReportSVG.shortened(String(repeating: "x", count: 80)) == String(repeating: "x", count: 57) + "…")
    }

    @Test func svgIsWellFormedAndGivesSmallCountsNoBar() throws {
        let svg = ReportSVG.text(StatsReport(Self.month), labels: Self.labels)
        let parser = XMLParser(data: Data(svg.utf8))
        let collector = ElementCollector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.contains("JMD Lichtenfels &amp; Kronach"))
        // A bar for: referred, uk, de, the JMD; none for the emergency or the Jobcenter.
        #expect(collector.rects == 1 + 4)
        #expect(collector.texts.contains("< 5"))
        #expect(!collector.texts.contains("2") && !collector.texts.contains("1"))
    }
}

/// Counts the `<rect>`s (the background and the bars) and collects the texts of an SVG.
private final class ElementCollector: NSObject, XMLParserDelegate {
    var rects = 0
    var texts: [String] = []
    private var current: String?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        if name == "rect" { rects += 1 }
        if name == "text" { current = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        current? += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "text", let current { texts.append(current) }
        current = nil
    }
}
