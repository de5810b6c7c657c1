import PeelKit

/// The cover and imprint: "PEEL: Police effectiveness 2016", "An inspection of
/// Cumbria Constabulary", "March 2017", "ISBN: 978-1-78655-343-0".
struct Peel2016Cover {
    var title: String?
    var force: ForceReference?
    /// The force's name as the cover prints it (the panel uses the same spelling).
    var printedForceName: String?
    var published: String?
    var isbn: String?

    init(_ document: Document) {
        title = CoverReader.peelTitle(in: document)
        force = CoverReader.inspectedForce(in: document)
        if let index = document.firstIndex(startingWith: "An inspection of"), index < 40 {
            printedForceName = String(document.blocks[index].text.dropFirst("An inspection of ".count))
        }
        published = CoverReader.publicationMonth(in: document)
        isbn = CoverReader.isbn(in: document)
    }
}
