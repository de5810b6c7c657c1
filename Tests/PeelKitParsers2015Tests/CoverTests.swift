import Testing
import PeelKit
import PeelKitTestSupport

/// A full 2015 report opens with a cover and imprint; the sample has none, so these
/// tests put one on it.
@Suite struct CoverTests {
    /// A pdftotext-style cover: title, force, month, imprint with the ISBN, then a page break.
    static func cover(month: String, force: String = "Cambridgeshire Constabulary", splitTitle: Bool = false) -> String {
        let title = splitTitle ? "PEEL \n\nPolice effectiveness 2015 " : "PEEL: Police effectiveness 2015 "
        return """
            \(title)
            An inspection of \(force) 

            \(month) 

            © HMIC 2016 

            ISBN: 978-1-78655-068-1 
            \u{0C}
            """
    }

    @Test(arguments: [("October 2015", "2015-10"), ("February 2016", "2016-02")])
    func theCoverGivesTitleForcePublishedAndISBN(month: String, published: String) throws {
        let report = try Sample2015.parse(Self.cover(month: month) + (try Sample2015.text()))
        #expect(report.format.id == "peel-2015")
        #expect(report.title == "PEEL: Police effectiveness 2015")
        #expect(report.force == ForceReference(id: "cambridgeshire", name: "Cambridgeshire Constabulary"))
        #expect(report.published == published)
        #expect(report.isbn == "978-1-78655-068-1")
        #expect(report.inspectionYear == "2015")
    }

    @Test func aTitleOnTwoLines() throws {
        let report = try Sample2015.parse(Self.cover(month: "February 2016", splitTitle: true) + (try Sample2015.text()))
        #expect(report.title == "PEEL: Police effectiveness 2015")
    }

    @Test func theRestOfTheReportIsReadAsWithoutACover() throws {
        let report = try Sample2015.parse(Self.cover(month: "February 2016") + (try Sample2015.text()))
        var expected = try Fixtures.expected(Sample2015.name)
        expected["title"] = "PEEL: Police effectiveness 2015"
        expected["published"] = "2016-02"
        expected["isbn"] = "978-1-78655-068-1"
        let diffs = ExpectedFields.differences(expected: expected, actual: try Fixtures.json(report))
        #expect(diffs.isEmpty, "\(diffs.joined(separator: "\n"))")
    }

    /// Nothing in the module is Cambridgeshire's: another force's report reads the same.
    @Test func anotherForce() throws {
        let text = try Sample2015.text()
            .replacingOccurrences(of: "Cambridgeshire Constabulary", with: "Dyfed-Powys Police")
            .replacingOccurrences(of: "Cambridgeshire", with: "Dyfed-Powys")
        let bare = try Sample2015.parse(text)
        #expect(bare.force == ForceReference(id: "dyfed-powys", name: "Dyfed-Powys Police"))
        #expect(bare.questions.map(\.grade) == [.good, .requiresImprovement, .requiresImprovement, .good])
        let covered = try Sample2015.parse(Self.cover(month: "February 2016", force: "Dyfed-Powys Police") + text)
        #expect(covered.force?.id == "dyfed-powys")
    }
}
