import Foundation
@testable import PeelKit
import PeelKitTestSupport
import Testing

/// PeelKit no longer links Foundation (the `peel` command starts faster without it):
/// what it took from Foundation — NFC, and the search of `range(of:)` and `contains` —
/// now comes from the standard library and ``ASCIIPhraseSearch``. These tests hold the
/// replacements to Foundation's answers.
@Suite("Foundation's answers without Foundation")
struct FoundationParityTests {
    // MARK: - NFC

    /// Lines with decomposed accents, composed by the line cleaner as Foundation composed them.
    @Test(arguments: [
        "Zoe\u{308} Billingham", "Caf\u{E9} and cafe\u{301}", "A\u{30A}ngstro\u{308}m", "\u{212B} and A\u{30A}",
        "Ha\u{301}n \u{1112}\u{1161}\u{11AB}\u{1100}\u{1173}\u{11AF}", "q\u{301} has no precomposed form",
        "a\u{302}\u{323} in the wrong order", "s\u{323}\u{307} and s\u{307}\u{323}", "\u{3B1}\u{301} \u{438}\u{306} o\u{31B}\u{301}",
        "e\u{301}\u{301}\u{301} stacked", "x\u{20DD} x\u{301}",
    ])
    func decomposedAccentsComposeAsFoundationComposedThem(_ line: String) {
        #expect(Document(text: line).blocks.map(\.text) == [line.precomposedStringWithCanonicalMapping])
    }

    @Test func someCompositions() {
        func nfc(_ text: String) -> String { String(decoding: text._nfcCodeUnits, as: UTF8.self) }
        #expect(nfc("e\u{301}") == "é")
        #expect(nfc("A\u{30A}") == "Å")
        #expect(nfc("\u{1100}\u{1161}\u{11A8}") == "각")
        #expect(nfc("q\u{301}").unicodeScalars.map(\.value) == [0x71, 0x301])
    }

    /// The standard library's NFC against Foundation's, for every character of Unicode
    /// 15 in the Basic Multilingual Plane: alone, before and after marks. (Foundation
    /// slips on archaic Hangul jamo, composing syllables that do not exist, and beyond
    /// U+FFFF, where it cuts scalars to 16 bits; those are left out.)
    @Test func nfcMatchesFoundationOnTheBasicMultilingualPlane() {
        var differences: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value), let age = scalar.properties.age, age.major <= 15 else { continue }
            if (0x1113...0x115F).contains(value) || (0x1176...0x11A7).contains(value) || (0x11C3...0x11FF).contains(value) { continue }
            let character = String(scalar)
            for text in [character, "a" + character, character + "\u{301}", "e\u{301}" + character, character + "\u{323}\u{302}"] {
                let ours = text._nfcCodeUnits
                if !ours.elementsEqual(text.precomposedStringWithCanonicalMapping.utf8) { differences.append(text.debugDescription) }
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }

    // MARK: - Phrase search

    /// Foundation's answer as a byte range, for comparison.
    static func foundationRange(_ phrase: String, in text: String, caseInsensitive: Bool) -> Range<Int>? {
        guard let range = text.range(of: phrase, options: caseInsensitive ? .caseInsensitive : []) else { return nil }
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    static func ourRange(_ phrase: String, in text: String, caseInsensitive: Bool) -> Range<Int>? {
        guard let range = ASCIIPhraseSearch.range(of: phrase, in: text, caseInsensitive: caseInsensitive) else { return nil }
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    static let phrases: [(String, Bool)] = [
        ("ISBN", true), ("has been carried over", false), ("MSG forces are ", false), ("most similar forces are ", false), ("K;`", false),
        ("k;`", true),
    ]

    /// Every scalar after a phrase, before it, and in place of each of its characters:
    /// found (and where) exactly when Foundation finds it. (Other phrases follow in
    /// ``mixedText()``: which scalars may follow a match does not depend on the phrase.)
    @Test func everyScalarAroundAPhrase() {
        var differences: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(scalar)
            var cases: [(String, Bool, String)] = []
            switch scalar.properties.generalCategory {
            case .unassigned, .privateUse:
                // A million scalars that stand for nothing: their entry in the table only.
                let blocked = ("ISBN" + character).range(of: "ISBN", options: .caseInsensitive) == nil
                if ExtendingScalars.contains(value) != blocked { differences.append("ISBN followed by \(value)") }
            default:
                cases.append(("ISBN", true, "ISBN" + character + "1"))
                cases.append(("ISBN", true, "1" + character + "ISBN"))
                for (phrase, caseInsensitive) in [("ISBN", true), ("K;`", false)] {
                    let letters = phrase.map(String.init)
                    for position in letters.indices {
                        var replaced = letters
                        replaced[position] = character
                        cases.append((phrase, caseInsensitive, replaced.joined()))
                    }
                }
            }
            for (phrase, caseInsensitive, text) in cases
            where Self.ourRange(phrase, in: text, caseInsensitive: caseInsensitive)
                != Self.foundationRange(phrase, in: text, caseInsensitive: caseInsensitive) {
                differences.append("\(phrase) in \(text.debugDescription)")
            }
        }
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }

    /// Phrases in mixed text: repeated, cut, next to marks, joiners, look-alikes.
    @Test func mixedText() {
        let pieces = ["ISBN", "isbn", "IſBN", "ıSBN", "İSBN", "ＩＳＢＮ", "IS", "BN", "\u{301}", "\u{200D}", "\u{200C}", "\u{903}",
                      "\u{1F3FB}", "\u{FE0F}", "\r\n", "\r", "\u{600}", " ", "has been carried over", "carried over", "has been ",
                      "ov", "er", "MSG forces are", "MSG", "K", "\u{212A}", ";", "\u{37E}", "ß", "ﬆ", "x", "é", "e\u{301}", "\u{1AEB}",
                      "\u{E0041}", "🇬🇧", "most similar forces are"]
        var generator = SplitMix64(seed: 61)
        for _ in 0..<6000 {
            let count = Int(generator.next() % 6) + 1
            let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined(
                separator: generator.next() % 3 == 0 ? " " : "")
            for (phrase, caseInsensitive) in Self.phrases {
                #expect(Self.ourRange(phrase, in: text, caseInsensitive: caseInsensitive)
                    == Self.foundationRange(phrase, in: text, caseInsensitive: caseInsensitive), "\(phrase) in \(text.debugDescription)")
                if !caseInsensitive {
                    #expect(ASCIIPhraseSearch.contains(phrase, in: text) == text.contains(phrase), "\(phrase) in \(text.debugDescription)")
                }
            }
        }
    }

    /// The ranges index the text as Foundation's did: what follows them reads alike.
    @Test func rangesSliceTheTextAsFoundationsDid() throws {
        for text in ["x ISBN\u{903}978", "ISBN\u{200D}\u{301}1", "a IſBN: 978-1", "MSG forces are \u{200D}Kent and Essex."] {
            let phrase = text.contains("MSG") ? "MSG forces are " : "ISBN"
            let caseInsensitive = phrase == "ISBN"
            let ours = try #require(ASCIIPhraseSearch.range(of: phrase, in: text, caseInsensitive: caseInsensitive))
            let theirs = try #require(text.range(of: phrase, options: caseInsensitive ? .caseInsensitive : []))
            #expect(Array(text[ours.upperBound...]) == Array(text[theirs.upperBound...]))
        }
    }
}
