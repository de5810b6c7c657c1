import PeelKit
import Testing

@Suite("Normalisation into blocks")
struct NormalizationTests {
    func blocks(_ text: String) -> [Block] { Document(text: text).blocks }
    func texts(_ text: String) -> [String] { blocks(text).map(\.text) }

    @Test func lineEndsOfEveryKindGiveTheSameBlocks() {
        let lf = "Summary of findings\n\nGood\n\nThe force is good.\n"
        #expect(texts(lf.replacingOccurrences(of: "\n", with: "\r\n")) == texts(lf))
        #expect(texts(lf.replacingOccurrences(of: "\n", with: "\r")) == texts(lf))
        #expect(texts(lf) == ["Summary of findings", "Good", "The force is good."])
    }

    @Test func lineNumbersAreTheInputsOwn() {
        let blocks = blocks("\u{FEFF}Title\r\n\r\nFirst line of a\r\nwrapped paragraph.\r\n\r\n- item\r\n")
        #expect(blocks.map(\.line) == [1, 3, 6])
        #expect(blocks[1].lastLine == 4)
        #expect(blocks[0].text == "Title")
    }

    @Test func oddCharactersAreCleaned() {
        let text = "The\u{00A0}force\u{2009}uses e\u{FB00}ective \u{FB01}rearms o\u{FB03}cers in\u{00AD}vestigating\u{200B} crime."
        #expect(texts(text) == ["The force uses effective firearms officers investigating crime."])
    }

    @Test func quotesAndDashesAreKept() {
        #expect(texts("The force’s “what works” approach – and 'others' — stay.") ==
            ["The force’s “what works” approach – and 'others' — stay."])
    }

    @Test func decomposedAccentsAreComposed() {
        #expect(texts("Zoe\u{0308} Billingham") == ["Zoë Billingham"])
    }

    @Test func footnoteMarkersOfEveryKindAreRemoved() {
        #expect(texts("Overall judgment²") == ["Overall judgment"])
        #expect(texts("arrangements (MAPPAs)¹⁴ to monitor") == ["arrangements (MAPPAs) to monitor"])
        #expect(texts("victims of crime.^{12} Next") == ["victims of crime. Next"])
        #expect(texts("the force$^{7}$ said") == ["the force said"])
        #expect(texts("Overall judgment1") == ["Overall judgment"])
        #expect(texts("properly supported.2  There are") == ["properly supported. There are"])
        #expect(texts("orders (SOPOs).12 The constabulary") == ["orders (SOPOs). The constabulary"])
        #expect(texts("OVERALL JUDGMENT1") == ["OVERALL JUDGMENT"])
        #expect(texts("How effective is the force at managing offenders?4") == ["How effective is the force at managing offenders?"])
    }

    @Test func numbersThatAreNotFootnotesStay() {
        let kept = "In 2016 there were 4P plans, 2.29 offenders, COVID19, a rate of +6.4% and www.example.org/page2 and 999 calls."
        #expect(texts(kept) == [kept])
    }

    @Test func markdownMarkupIsRemovedAndHeadingsKept() {
        let blocks = blocks("## **Good**\n\n<b>Effectiveness</b> and [anti-social behaviour](#) and *italic* words\n")
        #expect(blocks[0].kind == .heading)
        #expect(blocks[0].depth == 2)
        #expect(blocks[0].text == "Good")
        #expect(blocks[1].text == "Effectiveness and anti-social behaviour and italic words")
    }

    @Test func hardWrappedParagraphsAreJoined() {
        let text = "The constabulary works well with partner \norganisations to promote low-\nlevel resolutions.  \n"
        #expect(texts(text) == ["The constabulary works well with partner organisations to promote low-level resolutions."])
    }

    @Test func bulletsWithContinuationLinesAndSubItems() {
        let text = """
        - The forces should ensure that:
         - question prompts are sufficient; and
         - staff take part in exercises.
        • The constabulary should use evidence drawn from other

        forces and partners.
        """
        let blocks = blocks(text)
        #expect(blocks.map(\.kind) == [.listItem, .listItem, .listItem, .listItem])
        #expect(blocks.map(\.depth) == [0, 1, 1, 0])
        #expect(blocks[3].text == "The constabulary should use evidence drawn from other forces and partners.")
    }

    @Test("every bullet mark is a list item", arguments: ["-", "•", "▪", "–", "*", "o", "\u{F0B7}", "1.", "2)", "(a)"])
    func bulletMarks(mark: String) {
        let blocks = blocks("Areas for improvement\n\n\(mark) The force should improve.\n")
        #expect(blocks.last?.kind == .listItem)
        #expect(blocks.last?.text == "The force should improve.")
    }

    @Test func aDashThatContinuesASentenceIsNotABullet() {
        let text = """
            The force should ensure that those who fail to appear on bail, named and outstanding
            suspects – including domestic abuse suspects – and suspects identified through
            forensic evidence are swiftly located and arrested.
            """.replacingOccurrences(of: "outstanding\nsuspects –", with: "outstanding suspects\n–")
        #expect(texts(text) == [
            "The force should ensure that those who fail to appear on bail, named and outstanding suspects – including "
                + "domestic abuse suspects – and suspects identified through forensic evidence are swiftly located and arrested.",
        ])
        #expect(texts("Areas for improvement\n– The force should act.") == ["Areas for improvement", "The force should act."])
    }

    @Test func tabsMakeTableRows() {
        let block = blocks("Cumbria Constabulary\tEngland and Wales\n17.8%\t12.1%\n")
        #expect(block.map(\.kind) == [.tableRow, .tableRow])
        #expect(block[1].cells == ["17.8%", "12.1%"])
    }

    @Test func wideSpaceGapsMakeTableRows() {
        let block = blocks("Recorded crime      56.3      63.0\n")
        #expect(block.first?.cells == ["Recorded crime", "56.3", "63.0"])
    }

    @Test func footnotesAreSetApartAndTheParagraphRejoined() {
        let text = """
        It regularly exercises and

        ³⁴ The SPR is issued annually by the Home Secretary.

        tests its public order response.
        """
        let document = Document(text: text)
        #expect(document.blocks.map(\.text) == ["It regularly exercises and tests its public order response."])
        #expect(document.footnotes.map(\.text) == ["The SPR is issued annually by the Home Secretary."])
    }

    @Test func pdftotextFootnoteBlocksAndPageStarts() {
        let text = """
        However we did find that after the initial response, the

                                                    
        1 Outstanding, Good, Requires improvement or Inadequate.
        2 A vulnerable person is someone who is in need of special care, because of
        age, disability, or risk of abuse.
         quality of subsequent investigations is adequate.
        """
        let document = Document(text: text)
        #expect(document.blocks.map(\.text) == [
            "However we did find that after the initial response, the quality of subsequent investigations is adequate.",
        ])
        #expect(document.footnotes.count == 2)
        #expect(document.footnotes[1].text.hasSuffix("age, disability, or risk of abuse."))
    }

    @Test func aPageStartEndsAListItem() {
        let text = """
        • The constabulary should use evidence from other
        forces to improve its approach.
         How effective is the force at investigating crime and
        managing offenders?
        """
        #expect(texts(text) == [
            "The constabulary should use evidence from other forces to improve its approach.",
            "How effective is the force at investigating crime and managing offenders?",
        ])
    }

    @Test func aHeadingFollowedDirectlyByItsTextIsSplitOff() {
        let text = """
        Summary
        HMIC judges that overall the constabulary requires improvement in the way it keeps
        people safe and reduces crime.
        """
        #expect(texts(text).first == "Summary")
        #expect(texts(text).count == 2)
    }

    @Test func pageNumbersAndRunningHeadersBesideFormFeedsAreDropped() {
        var text = ""
        for page in 1...4 {
            text += "PEEL: Police effectiveness 2016 – Cumbria\n\nBody text of page \(page).\n\n\(page)\n\u{0C}"
        }
        #expect(texts(text) == (1...4).map { "Body text of page \($0)." })
        #expect(texts("Page 12\n\nText.") == ["Text."])
    }

    @Test func invalidUTF8IsReplacedAndReported() {
        var bytes = Array("Good text\n".utf8)
        bytes += [0x41, 0xFF, 0x42, 0x0A]
        let document = Document(normalizing: bytes)
        #expect(document.blocks.last?.text == "A\u{FFFD}B")
        let diagnostic = document.diagnostics.first
        #expect(diagnostic?.code == "invalid-utf8")
        #expect(diagnostic?.line == 2)
        #expect(diagnostic?.message.contains("offset 11") == true)
    }

    @Test func foldingIgnoresCaseQuotesAndPunctuation() {
        #expect(TextFolding.fold("HOW EFFECTIVE are the force’s specialist capabilities?") ==
            TextFolding.fold("How effective are the force's specialist capabilities"))
        #expect(Block(kind: .paragraph, text: "SUMMARY OF FINDINGS", line: 1).is("Summary of findings"))
    }
}
