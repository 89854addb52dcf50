/// Word-wraps text to a width in display columns; words longer than a line are cut.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                while word.displayWidth > width {
                    if !line.isEmpty { result.append(line); line = "" }
                    var head = ""
                    for c in word where (head + String(c)).displayWidth <= width { head.append(c) }
                    result.append(head)
                    word.removeFirst(head.count)
                }
                let candidate = line.isEmpty ? word : line + " " + word
                if candidate.displayWidth > width {
                    result.append(line)
                    line = word
                } else {
                    line = candidate
                }
            }
            result.append(line)
        }
        return result
    }
}
