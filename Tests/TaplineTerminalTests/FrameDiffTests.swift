import Testing
import TaplineUI
@testable import TaplineTerminal

@Suite("Frame diffing writes only changed cells")
struct FrameDiffTests {
    @Test func theFirstFrameWritesEverything() {
        var canvas = Canvas(width: 10, height: 3)
        canvas.write("hi", x: 0, y: 0, role: .accent)
        let diff = FrameDiff(from: nil, to: canvas)
        #expect(diff.changedCells == 30)
    }

    @Test func aKeystrokeWritesOnlyTheCellsItChanged() {
        var before = Canvas(width: 80, height: 24)
        before.write("Search: smi", x: 0, y: 1, role: .text)
        var after = before
        after.write("t", x: 11, y: 1, role: .text)
        let diff = FrameDiff(from: before, to: after)
        #expect(diff.runs == [FrameDiff.Run(x: 11, y: 1, role: .text, scalars: Array("t".unicodeScalars), width: 1)])
    }

    @Test func aChangedRoleIsAChange() {
        var before = Canvas(width: 5, height: 1)
        before.write("abc", x: 0, y: 0, role: .text)
        var after = before
        after.restyle(Rect(x: 0, y: 0, width: 3, height: 1), role: .selection)
        #expect(FrameDiff(from: before, to: after).runs == [FrameDiff.Run(x: 0, y: 0, role: .selection, scalars: Array("abc".unicodeScalars), width: 3)])
    }

    @Test func aWideCharacterIsNeverSplit() {
        var before = Canvas(width: 6, height: 1)
        before.write("水野", x: 0, y: 0, role: .text)
        var after = before
        after.write("水田", x: 0, y: 0, role: .text)
        let diff = FrameDiff(from: before, to: after)
        #expect(diff.runs == [FrameDiff.Run(x: 2, y: 0, role: .text, scalars: Array("田".unicodeScalars), width: 2)])
    }

    @Test func aNewSizeRedrawsEverything() {
        let diff = FrameDiff(from: Canvas(width: 80, height: 24), to: Canvas(width: 100, height: 30))
        #expect(diff.changedCells == 3000)
    }
}
