/// The 43 territorial police forces of England and Wales, and the names reports use
/// for them.
///
/// ``resolve(_:)`` turns any usual spelling into a ``ForceReference`` with a stable
/// slug: "Metropolitan Police Service", "the Met" and "MPS" all give `metropolitan`;
/// "Dyfed Powys Police" and "Dyfed-Powys" give `dyfed-powys`.
public enum ForceDirectory {
    /// One force: its slug, its name, and further names it goes by.
    public struct Entry: Sendable, Hashable {
        public let id: String
        public let name: String
        public let aliases: [String]
    }

    /// Every force, in alphabetical order of name.
    public static let all: [Entry] = [
        Entry(id: "avon-and-somerset", name: "Avon and Somerset Constabulary", aliases: ["Avon & Somerset"]),
        Entry(id: "bedfordshire", name: "Bedfordshire Police", aliases: []),
        Entry(id: "cambridgeshire", name: "Cambridgeshire Constabulary", aliases: []),
        Entry(id: "cheshire", name: "Cheshire Constabulary", aliases: []),
        Entry(id: "city-of-london", name: "City of London Police", aliases: ["City of London"]),
        Entry(id: "cleveland", name: "Cleveland Police", aliases: []),
        Entry(id: "cumbria", name: "Cumbria Constabulary", aliases: []),
        Entry(id: "derbyshire", name: "Derbyshire Constabulary", aliases: []),
        Entry(id: "devon-and-cornwall", name: "Devon and Cornwall Police", aliases: ["Devon & Cornwall"]),
        Entry(id: "dorset", name: "Dorset Police", aliases: []),
        Entry(id: "durham", name: "Durham Constabulary", aliases: []),
        Entry(id: "dyfed-powys", name: "Dyfed-Powys Police", aliases: []),
        Entry(id: "essex", name: "Essex Police", aliases: []),
        Entry(id: "gloucestershire", name: "Gloucestershire Constabulary", aliases: []),
        Entry(id: "greater-manchester", name: "Greater Manchester Police", aliases: ["GMP"]),
        Entry(id: "gwent", name: "Gwent Police", aliases: []),
        Entry(id: "hampshire", name: "Hampshire Constabulary", aliases: ["Hampshire and Isle of Wight"]),
        Entry(id: "hertfordshire", name: "Hertfordshire Constabulary", aliases: []),
        Entry(id: "humberside", name: "Humberside Police", aliases: []),
        Entry(id: "kent", name: "Kent Police", aliases: []),
        Entry(id: "lancashire", name: "Lancashire Constabulary", aliases: []),
        Entry(id: "leicestershire", name: "Leicestershire Police", aliases: []),
        Entry(id: "lincolnshire", name: "Lincolnshire Police", aliases: []),
        Entry(id: "merseyside", name: "Merseyside Police", aliases: []),
        Entry(id: "metropolitan", name: "Metropolitan Police Service",
              aliases: ["Metropolitan", "the Met", "Met Police", "MPS"]),
        Entry(id: "norfolk", name: "Norfolk Constabulary", aliases: []),
        Entry(id: "north-wales", name: "North Wales Police", aliases: []),
        Entry(id: "north-yorkshire", name: "North Yorkshire Police", aliases: []),
        Entry(id: "northamptonshire", name: "Northamptonshire Police", aliases: []),
        Entry(id: "northumbria", name: "Northumbria Police", aliases: []),
        Entry(id: "nottinghamshire", name: "Nottinghamshire Police", aliases: []),
        Entry(id: "south-wales", name: "South Wales Police", aliases: []),
        Entry(id: "south-yorkshire", name: "South Yorkshire Police", aliases: []),
        Entry(id: "staffordshire", name: "Staffordshire Police", aliases: []),
        Entry(id: "suffolk", name: "Suffolk Constabulary", aliases: []),
        Entry(id: "surrey", name: "Surrey Police", aliases: []),
        Entry(id: "sussex", name: "Sussex Police", aliases: []),
        Entry(id: "thames-valley", name: "Thames Valley Police", aliases: []),
        Entry(id: "warwickshire", name: "Warwickshire Police", aliases: []),
        Entry(id: "west-mercia", name: "West Mercia Police", aliases: []),
        Entry(id: "west-midlands", name: "West Midlands Police", aliases: []),
        Entry(id: "west-yorkshire", name: "West Yorkshire Police", aliases: []),
        Entry(id: "wiltshire", name: "Wiltshire Police", aliases: []),
    ]

    /// The force a name refers to, with its canonical name; nil when the name is not
    /// one of the 43 forces.
    public static func resolve(_ name: some StringProtocol) -> ForceReference? {
        let key = placeKey(TextFolding.fold(name))
        guard let entry = byPlace[key] else { return nil }
        return ForceReference(id: entry.id, name: entry.name)
    }

    /// The entry with this slug.
    public static func entry(id: String) -> Entry? { all.first { $0.id == id } }

    /// The first force named in full in the text ("… overall Cambridgeshire
    /// Constabulary requires …"), by position.
    ///
    /// One pass over the folded text, word by word: each word is looked up among the
    /// names' first words (a search per name, through Foundation, cost 170 scans of
    /// every paragraph and dominated the parse of a damaged report).
    public static func firstMention(in text: some StringProtocol) -> ForceReference? {
        var folded: [UInt8] = []
        TextFolding.fold(text.utf8, into: &folded)
        var wordStart = 0
        while wordStart < folded.count {
            var wordEnd = wordStart
            while wordEnd < folded.count, folded[wordEnd] != 0x20 { wordEnd += 1 }
            if let candidates = namesByFirstWord[folded[wordStart..<wordEnd]] {
                for (phrase, entry) in candidates {
                    let end = wordStart + phrase.count
                    if end <= folded.count, end == folded.count || folded[end] == 0x20,
                       folded[wordStart..<end].elementsEqual(phrase) {
                        return ForceReference(id: entry.id, name: entry.name)
                    }
                }
            }
            wordStart = wordEnd + 1
        }
        return nil
    }

    // MARK: - Tables

    private static let suffixes = ["police service", "police force", "constabulary", "police"]

    /// "the cambridgeshire constabulary" → "cambridgeshire".
    private static func placeKey(_ folded: String) -> String {
        var key = folded
        if key.hasPrefix("the ") { key.removeFirst(4) }
        for (spaced, count) in spacedSuffixes where key.hasSuffix(spaced) {
            key.removeLast(count)
            break
        }
        return key
    }

    /// ``suffixes`` after a space, with their length in characters (made once, not at
    /// every lookup).
    private static let spacedSuffixes = suffixes.map { (" " + $0, $0.count + 1) }

    private static let byPlace: [String: Entry] = {
        var table: [String: Entry] = [:]
        // Room for every key at once: growing the table rehashed every key so far, and
        // built most of the table's cost (made once a process, but `peel parse` of one
        // file pays it in full).
        table.reserveCapacity(all.reduce(1) { $0 + 2 + $1.aliases.count })
        for entry in all {
            table[placeKey(TextFolding.fold(entry.name))] = entry
            // The slug with its hyphens as spaces ("dyfed powys"), without Foundation; a
            // slug is ASCII, so its bytes are its characters.
            table[TextFolding.fold(String(decoding: entry.id.utf8.map { $0 == UInt8(ascii: "-") ? 0x20 : $0 }, as: UTF8.self))] = entry
            for alias in entry.aliases { table[placeKey(TextFolding.fold(alias))] = entry }
        }
        table["met"] = entry(id: "metropolitan")
        return table
    }()

    /// Names that identify a force in running text: the canonical name and full aliases.
    private static let fullNames: [(String, Entry)] = {
        var names: [(String, Entry)] = []
        for entry in all {
            names.append((TextFolding.fold(entry.name), entry))
            let place = placeKey(TextFolding.fold(entry.name))
            for suffix in suffixes where suffix != "police force" {
                names.append((place + " " + suffix, entry))
            }
        }
        return names
    }()

    /// ``fullNames`` as folded bytes, grouped by their first word, in the same order.
    private static let namesByFirstWord: [ArraySlice<UInt8>: [([UInt8], Entry)]] = {
        var table: [ArraySlice<UInt8>: [([UInt8], Entry)]] = [:]
        table.reserveCapacity(fullNames.count)  // (as for ``byPlace``)
        for (phrase, entry) in fullNames {
            let bytes = Array(phrase.utf8)
            let firstWord = bytes.split(separator: 0x20, maxSplits: 1).first ?? bytes[...]
            table[ArraySlice(Array(firstWord)), default: []].append((bytes, entry))
        }
        return table
    }()
}
