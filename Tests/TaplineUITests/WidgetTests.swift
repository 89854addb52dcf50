import Testing
@testable import TaplineUI

@Suite("Widgets rendered into a canvas")
struct WidgetTests {
    @Test func textFieldEditsGraphemesAndKeepsTheCursorOnTheField() {
        var field = TextField("Zoe Ng")
        field.apply(.home)
        field.apply(.right); field.apply(.right)
        field.apply(.delete)
        field.apply(.insert("ë"))
        field.apply(.end)
        for c in " — 水野" { field.apply(.insert(c)) }
        #expect(field.text == "Zoë Ng — 水野")
        field.apply(.backspace)
        #expect(field.text == "Zoë Ng — 水")
        field.apply(.deleteWordBack)
        #expect(field.text == "Zoë Ng — ")
        var canvas = Canvas(width: 20, height: 1)
        field.render(into: &canvas, area: Rect(x: 2, y: 0, width: 15, height: 1), focused: true)
        #expect(canvas.cursor == Point(x: 2 + "Zoë Ng — ".displayWidth, y: 0))
    }

    @Test func textFieldRefusesInputPastItsLimit() {
        var field = TextField(String(repeating: "a", count: 1000), maxLength: 80)
        #expect(field.text.count == 80)
        #expect(field.apply(.insert("b")) == false)
    }

    @Test func textFieldScrollsToKeepTheCursorVisible() {
        let field = TextField("abcdefghijklmnop")
        var canvas = Canvas(width: 6, height: 1)
        field.render(into: &canvas, area: Rect(x: 0, y: 0, width: 6, height: 1), focused: true)
        #expect(canvas.lines[0] == "lmnop ")
        #expect(canvas.cursor == Point(x: 5, y: 0))
    }

    enum Field: Hashable, Sendable { case name, amount, channel }

    @Test func formMovesFocusWithTabAndShowsValidationMessages() {
        var form = Form<Field>(fields: [
            .init(.name, label: "Name", validate: { $0.isEmpty ? "enter a name" : nil }),
            .init(.amount, label: "Amount", validate: { Double($0) == nil ? "not an amount" : nil }),
            .init(.channel, label: "Channel", choices: ["phone", "email", "letter"]),
        ])
        #expect(form.focus == .name)
        form.apply(.focusNext)
        #expect(form.focus == .amount)
        form.apply(.focusNext); form.apply(.focusNext)
        #expect(form.focus == .name)
        form.apply(.focusPrevious)
        #expect(form.focus == .channel)
        form.apply(.edit(.right))
        #expect(form[.channel] == "email")
        form.apply(.edit(.right))
        #expect(form[.channel] == "letter")
        #expect(form.validateAll() == false)
        #expect(form.focus == .name)
        var canvas = Canvas(width: 60, height: 6)
        form.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.text.contains("✖ enter a name"))
        #expect(canvas.text.contains("✖ not an amount"))
        #expect(canvas.text.contains("◂ letter ▸"))
    }

    @Test func typingOnAChoiceFieldNeverChangesItAndSaysHowToChangeIt() {
        var form = Form<Field>(fields: [.init(.channel, label: "Channel", choices: ["phone", "email", "letter"])])
        for c in "Jane Doe" { form.apply(.edit(.insert(c))) }
        #expect(form[.channel] == "phone")
        #expect(form.isDirty == false)
        #expect(form.errors[.channel] == ChoiceKeys.typingNotice)
        var canvas = Canvas(width: 70, height: 3)
        form.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.text.contains("◂ phone ▸"))
        #expect(canvas.text.contains("use ←/→"))
        form.apply(.edit(.left))
        #expect(form[.channel] == "letter")
        #expect(form.errors[.channel] == nil)
    }

    @Test func aMultiLineFieldShowsALongDescriptionWholeWithTheCursorAtItsEnd() {
        let text = String(repeating: "the meter was read twice ", count: 6) + "end"
        var form = Form<Field>(fields: [.init(.name, label: "Description", value: text, maxLength: 2000, lines: 4),
                                        .init(.amount, label: "Amount")])
        #expect(form.height == 5)
        var canvas = Canvas(width: 60, height: 6)
        form.render(into: &canvas, area: canvas.bounds)
        let lines = canvas.lines
        #expect(lines[0].hasPrefix("Description  the meter was read twice"))
        #expect(lines[3].contains("end"))
        #expect(lines[4].hasPrefix("Amount"))
        // The cursor sits just after "end", on the row that holds it.
        let endColumn = lines[3].range(of: "end").map { lines[3].distance(from: lines[3].startIndex, to: $0.upperBound) }
        #expect(canvas.cursor == Point(x: endColumn ?? -1, y: 3))
        // Every word is on screen, none cut: the rows joined give the text back.
        let shown = lines[0..<4].map { String($0.dropFirst(13)) }.joined().split(separator: " ").joined(separator: " ")
        #expect(shown == text)
    }

    @Test func tableTruncatesColumnsAndHighlightsTheSelection() {
        var table = Table(columns: [.init("Account", width: 10), .init("Name"), .init("Balance", width: 9, alignRight: true)])
        table.setRows([
            .init(["1002003004", "Zoë Ng — 水野 with a very long name", "$12.50"]),
            .init(["1002003005", "Sam Smith", "-$3.00"]),
        ])
        table.move(by: 1)
        var canvas = Canvas(width: 40, height: 3)
        table.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines[0] == "Account    Name                  Balance")
        #expect(canvas.lines[1] == "1002003004 Zoë Ng — 水野 with…    $12.50")
        #expect(canvas.lines[2] == "1002003005 Sam Smith              -$3.00")
        #expect(canvas[0, 2].role == .selection)
        #expect(canvas.cursor == Point(x: 0, y: 2))
    }

    @Test func tableScrollsTheSelectionIntoView() {
        var table = Table(columns: [.init("N")])
        table.pageSize = 3
        table.setRows((0..<10).map { .init(["row \($0)"]) })
        table.move(by: 5)
        var canvas = Canvas(width: 40, height: 5)
        table.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines.dropFirst().map { $0.trimmingCharacters(in: .whitespaces) }
            == ["row 3", "row 4", "row 5", "▲ 3 above · ▼ 4 more — ↑/↓ scroll"])
    }

    @Test func aTableThatCannotShowEveryRowSaysHowManyAreHiddenOnARowOfItsOwn() {
        var table = Table(columns: [.init("Issued")])
        table.setRows((1...12).map { .init(["bill \($0)"]) })
        table.moveToEnd()  // the newest bill, as the account's Bills tab opens
        var canvas = Canvas(width: 40, height: 5)
        table.render(into: &canvas, area: canvas.bounds)
        let lines = canvas.lines.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines == ["Issued", "bill 10", "bill 11", "bill 12", "▲ 9 above — ↑/↓ scroll"])
        table.setRows((1...3).map { .init(["bill \($0)"]) })
        canvas = Canvas(width: 40, height: 5)
        table.render(into: &canvas, area: canvas.bounds)
        #expect(!canvas.text.contains("above"), "everything fits: no marker")
    }

    @Test func anAddressColumnCutsTheStreetBeforeTheSuburb() {
        #expect(Table.keepingLastPart("27 Main Street, Bacchus Marsh", width: 21) == "27 Ma…, Bacchus Marsh")
        #expect(Table.keepingLastPart("5 Elm St, Sunbury", width: 21) == "5 Elm St, Sunbury", "fits: unchanged")
        let table = Table(columns: [.init("Address", cut: .keepingLastPart)], rows: [.init(["127 Gisborne Road, Darley VIC 3340"])])
        var canvas = Canvas(width: 26, height: 2)
        table.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines[1] == "127 Gisborne Road, Darley ")
        // The lookup's 21 columns at 80: the state and postcode go before the street is cut
        #expect(Table.keepingLastPart("27 Main Street, Bacchus Marsh VIC 3340", width: 21) == "27 Ma…, Bacchus Marsh")
    }

    @Test func tabsMarkTheActiveTabWithAGlyph() {
        var tabs = Tabs(titles: ["Bills", "Payments", "Usage"])
        tabs.next(); tabs.next(); tabs.next()
        #expect(tabs.active == 0)
        tabs.previous()
        var canvas = Canvas(width: 40, height: 1)
        tabs.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines[0].hasPrefix(" 1 Bills   2 Payments  ▸3 Usage"))
    }

    @Test func listMarksTheSelectedItem() {
        var list = ListView(items: [.init("One"), .init("Two", detail: "second")])
        list.move(by: 1)
        var canvas = Canvas(width: 30, height: 2)
        list.render(into: &canvas, area: canvas.bounds, titleWidth: 10)
        #expect(canvas.lines == ["  One                         ", "▸ Two     second              "])
    }

    @Test func emptyListDrawsNothingAndNeverTraps() {
        var list = ListView(items: [])
        list.move(by: 1)
        var canvas = Canvas(width: 30, height: 3)
        list.render(into: &canvas, area: Rect(x: 0, y: 0, width: 30, height: 0))
        list.render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines == Array(repeating: String(repeating: " ", count: 30), count: 3))
    }

    @Test func listInAnAreaWithNoRowsDrawsNothing() {
        let list = ListView(items: [.init("One")])
        var canvas = Canvas(width: 10, height: 1)
        list.render(into: &canvas, area: Rect(x: 0, y: 0, width: 10, height: 0))
        #expect(canvas.lines == ["          "])
    }

    @Test func scrollingLinesClampAnOffsetToTheLastFullPage() {
        // 30 lines in 10 rows: 9 show with the marker, so the last page starts at line 21
        #expect(ScrollingLines.clampedOffset(100, lineCount: 30, height: 10) == 21)
        #expect(ScrollingLines.clampedOffset(-3, lineCount: 30, height: 10) == 0)
        #expect(ScrollingLines.clampedOffset(5, lineCount: 8, height: 10) == 0, "all fit: nothing to scroll")
    }

    @Test func dialogShowsTitleMessageAndBothChoices() {
        var canvas = Canvas(width: 60, height: 10)
        Dialog(title: "Quit Tapline?", message: "Unsaved input will be lost.").render(into: &canvas, area: canvas.bounds)
        #expect(canvas.text.contains("Quit Tapline?"))
        #expect(canvas.text.contains("Unsaved input will be lost."))
        #expect(canvas.text.contains("[ Enter  confirm ]   [ Esc  cancel ]"))
        #expect(Dialog.answer(for: .escape) == .cancel)
        #expect(Dialog.answer(for: .character("y")) == .confirm)
    }

    @Test func keyHintBarListsKeysThatFit() {
        var canvas = Canvas(width: 30, height: 1)
        KeyHintBar(hints: [KeyHint(label: "F1", help: "help"), KeyHint(label: "F10", help: "quit"),
                           KeyHint(label: "Enter", help: "open the account")])
            .render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines[0] == " F1 help  F10 quit            ")
    }

    @Test func statusLinePutsAGlyphBesideTheColour() {
        var canvas = Canvas(width: 30, height: 1)
        StatusLine(message: StatusMessage(text: "Saved", role: .success)).render(into: &canvas, area: canvas.bounds)
        #expect(canvas.lines[0].hasPrefix(" ✔ Saved"))
    }

    @Test func verticalBarChartDrawsEachSeriesWithItsOwnGlyph() {
        let chart = BarChart(categories: ["Jan", "May"], series: [
            .init("this year", role: .chartBar, glyph: "█", values: [100, 50]),
            .init("last year", role: .chartCompare, glyph: "▒", values: [80, nil]),
        ], unit: "kL")
        var canvas = Canvas(width: 40, height: 8)
        chart.renderVertical(into: &canvas, area: canvas.bounds)
        let text = canvas.text
        #expect(text.contains("██ this year"))
        #expect(text.contains("▒▒ last year"))
        #expect(text.contains("Jan"))
        #expect(canvas.lines.filter { $0.contains("█") }.count >= 4)
    }

    @Test func horizontalBarChartScalesToTheLargestValue() {
        let chart = BarChart(categories: ["A", "B"], series: [.init("kL", role: .chartBar, glyph: "█", values: [10, 5])], unit: "kL")
        var canvas = Canvas(width: 20, height: 2)
        chart.renderHorizontal(into: &canvas, area: canvas.bounds)
        let first = canvas.lines[0].filter { $0 == "█" }.count
        let second = canvas.lines[1].filter { $0 == "█" }.count
        #expect(first == 2 * second)
    }
}

import Foundation
