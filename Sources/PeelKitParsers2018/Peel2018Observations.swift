#if canImport(FoundationEssentials)
import FoundationEssentials  // components(separatedBy:)
#else
import Foundation
#endif
import PeelKit

/// The opening pages' prose: "HM Inspector's observations" (paragraphs, signed by
/// the inspector) and the sentence naming the force's most similar group ("…'s MSG
/// forces are Warwickshire Police, Thames Valley Police and Wiltshire Police.").
enum Peel2018Observations {
    /// The observations, one string per paragraph, up to the signature.
    static func read(_ document: Document) -> [String] {
        // The first heading with prose under it: a contents page may name it before.
        for heading in document.indices(where: Peel2018Patterns.observations) {
            let paragraphs = read(document, after: heading)
            if !paragraphs.isEmpty { return paragraphs }
        }
        return []
    }

    /// The signature ("Zoë Billingham") or the next heading ends them.
    private static let end = Peel2018Patterns.headingLine || .kind(.tableRow)
    private static let prose = BlockPattern.kind([.paragraph, .listItem])

    private static func read(_ document: Document, after heading: Int) -> [String] {
        let end = document.firstIndex(from: heading + 1, where: end) ?? document.blocks.count
        return document.indices(in: (heading + 1)..<max(heading + 1, end), where: prose)
            .map { document.blocks[$0].text }
    }

    /// The forces of the most similar group, as printed.
    static func similarForces(_ document: Document) -> [String] {
        for (lead, pattern) in zip(leads, leadParagraphs) where document.contains(lead) {
            guard let index = document.firstIndex(where: pattern) else { continue }
            let text = document.blocks[index].text
            guard let range = ASCIIPhraseSearch.range(of: lead + " ", in: text) else { continue }
            return names(in: String(text[range.upperBound...]))
        }
        return []
    }

    /// How the sentence introduces the group's forces.
    static let leads = ["MSG forces are", "most similar group forces are", "most similar forces are", "forces in its MSG are"]

    /// For each lead, a paragraph that mentions it (compiled once, not at each call).
    private static let leadParagraphs = leads.map { BlockPattern.kind(.paragraph) && .mentions($0) }

    /// Splits "A, B and C." into names. A force's own name may hold "and" ("Avon and
    /// Somerset Constabulary", "Devon and Cornwall Police"), so the last "and" is cut
    /// where both sides are names of forces.
    static func names(in printed: String) -> [String] {
        var list = printed.trimmed
        if list.hasSuffix(".") { list.removeLast() }
        var parts = commaSeparated(list).map(\.trimmed).filter { !$0.isEmpty }
        guard let last = parts.popLast() else { return [] }
        if last.hasPrefix("and ") {
            return parts + [String(last.dropFirst(4))]
        }
        return parts + splitLast(last)
    }

    /// `text.components(separatedBy: ", ")`; ASCII text (without carriage returns, so
    /// one character a byte) is cut at the bytes, without Foundation.
    static func commaSeparated(_ text: String) -> [String] {
        var text = text
        let parts = text.withUTF8 { bytes -> [String]? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            var parts: [String] = []
            var start = 0
            var i = 0
            while i + 1 < bytes.count {
                if bytes[i] == UInt8(ascii: ","), bytes[i + 1] == 0x20 {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
                    i += 2
                    start = i
                } else {
                    i += 1
                }
            }
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return parts
        }
        return parts ?? text.components(separatedBy: ", ")
    }

    private static func splitLast(_ text: String) -> [String] {
        let words = text.split(separator: " ").map(String.init)
        let cuts = words.indices.filter { words[$0] == "and" && $0 > 0 && $0 < words.count - 1 }
        guard !cuts.isEmpty else { return [text] }
        // Prefer the cut where both sides are forces the directory knows.
        for cut in cuts {
            let left = words[..<cut].joined(separator: " ")
            let right = words[(cut + 1)...].joined(separator: " ")
            if ForceDirectory.resolve(left) != nil && ForceDirectory.resolve(right) != nil { return [left, right] }
        }
        // Otherwise a force's name ends with a word such as "Police" or "Constabulary":
        // cut at the first "and" that follows one.
        for cut in cuts where ["police", "constabulary", "service"].contains(words[cut - 1].lowercased()) {
            return [words[..<cut].joined(separator: " "), words[(cut + 1)...].joined(separator: " ")]
        }
        return [text]
    }
}

extension String {
    /// The string without leading and trailing spaces.
    fileprivate var trimmed: String {
        var utf8 = Substring(self).utf8
        while utf8.first == 0x20 { utf8 = utf8.dropFirst() }
        while utf8.last == 0x20 { utf8 = utf8.dropLast() }
        return String(Substring(utf8))
    }
}
