import Foundation

/// The 43 territorial police forces of England and Wales, and the names reports use
/// for them.
///
/// ``resolve(_:)`` turns any usual spelling into a ``ForceReference`` with a stable
/// slug: "Metropolitan Police Service", "the Met" and "MPS" all give `metropolitan`;
/// "Dyfed Powys Police" and "Dyfed-Powys" give `dyfed-powys`.
public enum ForceDirectory {
    /// One force: its slug, its name, and further names it goes by.
    public struct Entry: Sendable, Hashable {
        /// The force's slug, e.g. `cambridgeshire`, `dyfed-powys`: the JSON's `force.id`.
        public let id: String
        /// The force's canonical name, e.g. "Cambridgeshire Constabulary".
        public let name: String
        /// Further names reports use for the force ("the Met", "GMP").
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
    public static func firstMention(in text: some StringProtocol) -> ForceReference? {
        let folded = " " + TextFolding.fold(text) + " "
        var best: (Entry, Int)?
        for (phrase, entry) in fullNames {
            if let offset = FoldedSearch.offset(of: phrase, in: folded), offset < (best?.1 ?? Int.max) {
                best = (entry, offset)
            }
        }
        return best.map { ForceReference(id: $0.0.id, name: $0.0.name) }
    }

    // MARK: - Tables

    private static let suffixes = ["police service", "police force", "constabulary", "police"]

    /// "the cambridgeshire constabulary" → "cambridgeshire".
    private static func placeKey(_ folded: String) -> String {
        var key = folded
        if key.hasPrefix("the ") { key.removeFirst(4) }
        for suffix in suffixes where key.hasSuffix(" " + suffix) {
            key.removeLast(suffix.count + 1)
            break
        }
        return key
    }

    private static let byPlace: [String: Entry] = {
        var table: [String: Entry] = [:]
        for entry in all {
            table[placeKey(TextFolding.fold(entry.name))] = entry
            table[TextFolding.fold(entry.id.replacingOccurrences(of: "-", with: " "))] = entry
            for alias in entry.aliases { table[placeKey(TextFolding.fold(alias))] = entry }
        }
        table["met"] = entry(id: "metropolitan")
        return table
    }()

    /// Names that identify a force in running text, spaced for whole-word search:
    /// the canonical name and the place with each usual suffix.
    private static let fullNames: [(String, Entry)] = {
        var names: [(String, Entry)] = []
        for entry in all {
            var spellings: Set<String> = [TextFolding.fold(entry.name)]
            let place = placeKey(TextFolding.fold(entry.name))
            for suffix in suffixes where suffix != "police force" { spellings.insert(place + " " + suffix) }
            for spelling in spellings.sorted() { names.append((" " + spelling + " ", entry)) }
        }
        return names
    }()
}
