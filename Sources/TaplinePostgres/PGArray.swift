/// PostgreSQL array literals, to send a list as one parameter (`= ANY($1::bigint[])`,
/// `unnest($1::text[])`) instead of building a statement per list length.
enum PGArray {
    /// "{1,2,3}".
    static func ids(_ ids: [Int64]) -> String { "{" + ids.map(String.init).joined(separator: ",") + "}" }

    /// `{"a","b \"c\""}`: every element quoted, backslashes and quotes escaped.
    static func texts(_ texts: [String]) -> String {
        "{" + texts.map { "\"" + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"" }
            .joined(separator: ",") + "}"
    }
}
