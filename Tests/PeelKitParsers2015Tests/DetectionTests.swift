import Testing
import PeelKit
import PeelKitParsers2015
import PeelKitTestSupport

/// Detection tells 2015 from the other layouts, with or without a cover.
@Suite struct DetectionTests {
    @Test func the2015SampleIsRecognisedAndRankedFirst() throws {
        let registry = try Sample2015.registry()
        let document = Document(text: try Sample2015.text())
        let ranked = registry.detect(document)
        #expect(ranked.first?.formatID == "peel-2015")
        #expect((ranked.first?.confidence ?? 0) >= 0.5)
        #expect(try registry.choose(for: document).format.id == "peel-2015")
        let rival = ranked.first { $0.formatID == "peel-2016" }
        #expect((rival?.confidence ?? 1) < 0.5)
    }

    @Test(arguments: ["2016-cambridgeshire", "2016-cumbria-noisy"])
    func the2016SamplesAreNotRecognised(name: String) throws {
        let document = Document(text: try Fixtures.text(name))
        #expect(Peel2015Format().detect(in: document).confidence < 0.5)
        let ranked = try Sample2015.registry().detect(document)
        #expect(ranked.first?.formatID == "peel-2016")
        #expect(ranked.first?.confidence == 1)
    }

    @Test func the2018SampleIsNotRecognised() throws {
        let document = Document(text: try Fixtures.text("2018-cambridgeshire-markdown"))
        #expect(Peel2015Format().detect(in: document).confidence < 0.5)
    }

    @Test func aCoverRaisesTheConfidence() throws {
        let bare = Peel2015Format().detect(in: Document(text: try Sample2015.text()))
        let covered = Peel2015Format().detect(in: Document(text: CoverTests.cover(month: "February 2016") + (try Sample2015.text())))
        #expect(covered.confidence > bare.confidence)
        #expect(covered.confidence == 1)
    }

    @Test func theEvidenceNamesWhatWasFound() throws {
        let detection = Peel2015Format().detect(in: Document(text: try Sample2015.text()))
        #expect(detection.formatID == "peel-2015")
        #expect(detection.evidence.contains { $0.contains("Annex A – HMIC judgments") && $0.hasPrefix("+") })
        #expect(detection.evidence.contains { $0.contains("first year HMIC has graded forces") && $0.hasPrefix("+") })
    }

    @Test func theMarksOfLaterYearsCountAgainst() {
        let text = """
            How effective is the force at investigating crime and managing offenders?

            Summary of findings

            Good

            How effective are the force's specialist capabilities?

            PEEL: Police effectiveness 2016
            """
        #expect(Peel2015Format().detect(in: Document(text: text)).confidence == 0)
    }
}
