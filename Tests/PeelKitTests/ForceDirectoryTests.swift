import PeelKit
import Testing

@Suite("Force names")
struct ForceDirectoryTests {
    @Test func thereAreFortyThreeForcesWithDistinctSlugs() {
        #expect(ForceDirectory.all.count == 43)
        #expect(Set(ForceDirectory.all.map(\.id)).count == 43)
    }

    @Test("spellings resolve to one slug", arguments: [
        ("Metropolitan Police Service", "metropolitan"), ("the Met", "metropolitan"), ("MPS", "metropolitan"),
        ("Dyfed-Powys Police", "dyfed-powys"), ("Dyfed Powys", "dyfed-powys"), ("CAMBRIDGESHIRE CONSTABULARY", "cambridgeshire"),
        ("Cambridgeshire", "cambridgeshire"), ("Avon & Somerset Constabulary", "avon-and-somerset"),
        ("City of London Police", "city-of-london"), ("Hampshire and Isle of Wight Constabulary", "hampshire"),
    ])
    func resolve(name: String, id: String) {
        #expect(ForceDirectory.resolve(name)?.id == id)
    }

    @Test("every force resolves from its name, its slug with spaces for hyphens (read as bytes: slugs are ASCII), and its aliases")
    func everyKeyOfTheTable() {
        for entry in ForceDirectory.all {
            #expect(entry.id.utf8.allSatisfy { $0 < 0x80 }, "\(entry.id)")
            let spaced = String(entry.id.map { $0 == "-" ? " " : $0 })
            for name in [entry.name, spaced, "the " + entry.name] + entry.aliases {
                #expect(ForceDirectory.resolve(name)?.id == entry.id, "\(name)")
            }
        }
    }

    @Test func unknownNamesDoNotResolve() {
        #expect(ForceDirectory.resolve("British Transport Police") == nil)
        #expect(ForceDirectory.resolve("") == nil)
    }

    @Test func theFirstMentionInRunningText() {
        let text = "HMIC judges that overall Cambridgeshire Constabulary requires improvement, unlike Bedfordshire Police."
        #expect(ForceDirectory.firstMention(in: text) == ForceReference(id: "cambridgeshire", name: "Cambridgeshire Constabulary"))
    }
}
