import PeelKit
import PeelKitParsers2016
import PeelKitParsers2017
import Testing

@Suite("Detecting the 2017 layout next to the built-in ones")
struct DetectionTests {
    @Test("a 2017 report ranks peel-2017 first", arguments: ["2016-cambridgeshire", "2016-cumbria-noisy"])
    func report2017(sample: String) throws {
        let document = Document(text: try Samples.as2017(sample))
        let ranked = try Samples.registry().detect(document)
        #expect(ranked.map(\.formatID).first == "peel-2017")
        #expect(ranked[0].confidence >= 0.9)
        let peel2016 = try #require(ranked.first { $0.formatID == "peel-2016" })
        #expect(peel2016.confidence < 0.5)
        #expect(try Samples.registry().parse(document).format.id == "peel-2017")
    }

    @Test("a 2016 report still ranks peel-2016 first", arguments: ["2016-cambridgeshire", "2016-cumbria-noisy"])
    func report2016(sample: String) throws {
        let document = Document(text: try Samples.text(sample))
        let ranked = try Samples.registry().detect(document)
        #expect(ranked.map(\.formatID).first == "peel-2016")
        let peel2017 = try #require(ranked.first { $0.formatID == "peel-2017" })
        #expect(peel2017.confidence < 0.5)
        #expect(try Samples.registry().parse(document).format.id == "peel-2016")
    }

    @Test func theOtherYearsAreNot2017() throws {
        for sample in ["2015-cambridgeshire-excerpt", "2018-cambridgeshire-markdown"] {
            let detection = Peel2017Format().detect(in: Document(text: try Samples.text(sample)))
            #expect(detection.confidence < 0.5, "\(sample): \(detection)")
        }
        let ranked = try Samples.registry().detect(Document(text: try Samples.text("2015-cambridgeshire-excerpt")))
        #expect(ranked.first?.formatID == "peel-2015")
    }

    @Test func registeringTheSameIdTwiceIsRefused() throws {
        var registry = try Samples.registry()
        #expect(throws: PeelError.duplicateFormat(id: "peel-2017")) { try registry.register(Peel2017Format()) }
        #expect(registry.formats.map(\.id) == ["peel-2015", "peel-2016", "peel-2017"])
    }

    @Test func theEvidenceSaysWhatWasFound() throws {
        let detection = Peel2017Format().detect(in: Document(text: try Samples.as2017("2016-cambridgeshire")))
        #expect(detection.evidence.contains("+ “PEEL: Police effectiveness 2017”"))
        #expect(!detection.evidence.contains { $0.hasPrefix("−") })
    }
}
