import Foundation

/// Pandoc's JSON document read into `PandocDocument` and written back.
///
/// The JSON is pandoc's: every element is `{"t": tag, "c": contents}`, contents positional. Reading is
/// forgiving where pandoc versions differ (an element this model does not know becomes `other`), and strict
/// where a wrong shape means the file is not pandoc's output at all.
public enum PandocJSON {
    /// Why pandoc's output could not be read.
    public struct Malformed: Error, Sendable {
        public let detail: String
    }

    /// The document in pandoc's JSON.
    public static func decode(_ data: Data) throws(Malformed) -> PandocDocument {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Malformed(detail: "not a JSON object")
        }
        guard let version = root["pandoc-api-version"] as? [Int], let blocks = root["blocks"] as? [Any] else {
            throw Malformed(detail: "no pandoc-api-version or blocks")
        }
        var title: [PandocInline] = []
        if let meta = root["meta"] as? [String: Any], let entry = meta["title"] as? [String: Any] {
            // MetaInlines, or MetaBlocks whose first block holds the title's words.
            if entry["t"] as? String == "MetaInlines" {
                title = inlines(entry["c"])
            } else if entry["t"] as? String == "MetaBlocks", let first = self.blocks(entry["c"]).first {
                if case .paragraph(let words) = first { title = words }
                if case .plain(let words) = first { title = words }
            }
        }
        return PandocDocument(apiVersion: version, title: title, blocks: self.blocks(blocks))
    }

    /// The document as pandoc's JSON.
    public static func encode(_ document: PandocDocument) -> Data {
        var meta: [String: Any] = [:]
        if !document.title.isEmpty {
            meta["title"] = ["t": "MetaInlines", "c": document.title.map(encode)] as [String: Any]
        }
        if let language = document.language {
            meta["lang"] = ["t": "MetaInlines", "c": [encode(.text(language))]] as [String: Any]
        }
        let root: [String: Any] = [
            "pandoc-api-version": document.apiVersion,
            "meta": meta,
            "blocks": document.blocks.map(encode),
        ]
        // Sorted keys: the same document always gives the same bytes (and the same .docx).
        return (try? JSONSerialization.data(withJSONObject: root, options: [.sortedKeys])) ?? Data()
    }

    // MARK: Reading

    private static func element(_ value: Any?) -> (tag: String, contents: Any?)? {
        guard let object = value as? [String: Any], let tag = object["t"] as? String else { return nil }
        return (tag, object["c"])
    }

    static func blocks(_ value: Any?) -> [PandocBlock] {
        (value as? [Any] ?? []).compactMap(block)
    }

    static func inlines(_ value: Any?) -> [PandocInline] {
        (value as? [Any] ?? []).compactMap(inline)
    }

    private static func attributes(_ value: Any?) -> PandocAttributes {
        guard let parts = value as? [Any], parts.count == 3 else { return .none }
        return PandocAttributes(
            identifier: parts[0] as? String ?? "",
            classes: parts[1] as? [String] ?? [],
            pairs: (parts[2] as? [[String]]) ?? [])
    }

    private static func block(_ value: Any?) -> PandocBlock? {
        guard let (tag, contents) = element(value) else { return nil }
        let parts = contents as? [Any] ?? []
        switch tag {
        case "Plain": return .plain(inlines(contents))
        case "Para": return .paragraph(inlines(contents))
        case "LineBlock": return .lineBlock(parts.map { inlines($0) })
        case "CodeBlock": return .codeBlock(parts.count == 2 ? parts[1] as? String ?? "" : "")
        case "RawBlock":
            guard parts.count == 2 else { return .other(tag) }
            let format = parts[0] as? String ?? ""
            return .rawBlock(format: format, text: parts[1] as? String ?? "")
        case "BlockQuote": return .blockQuote(blocks(contents))
        case "OrderedList":
            guard parts.count == 2, let listAttributes = parts[0] as? [Any] else { return .other(tag) }
            return .orderedList(start: listAttributes.first as? Int ?? 1, items: (parts[1] as? [Any] ?? []).map { blocks($0) })
        case "BulletList": return .bulletList(parts.map { blocks($0) })
        case "DefinitionList":
            return .definitionList(parts.compactMap { item in
                guard let pair = item as? [Any], pair.count == 2 else { return nil }
                return (inlines(pair[0]), (pair[1] as? [Any] ?? []).map { blocks($0) })
            })
        case "Header":
            guard parts.count == 3 else { return .other(tag) }
            return .header(level: parts[0] as? Int ?? 1, attributes(parts[1]), inlines(parts[2]))
        case "HorizontalRule": return .horizontalRule
        case "Table": return table(parts).map(PandocBlock.table) ?? .other(tag)
        case "Div":
            guard parts.count == 2 else { return .other(tag) }
            return .division(attributes(parts[0]), blocks(parts[1]))
        default: return .other(tag)
        }
    }

    /// `Table attr caption colspecs head bodies foot` (pandoc-types ≥ 1.21).
    private static func table(_ parts: [Any]) -> PandocTable? {
        guard parts.count == 6 else { return nil }
        func rows(_ value: Any?) -> [[[PandocBlock]]] {
            (value as? [Any] ?? []).map { row in
                let cells = (row as? [Any]).flatMap { $0.count == 2 ? $0[1] as? [Any] : nil } ?? []
                return cells.map { cell in
                    let fields = cell as? [Any] ?? []
                    return fields.count == 5 ? blocks(fields[4]) : []
                }
            }
        }
        let head = (parts[3] as? [Any]).flatMap { $0.count == 2 ? rows($0[1]) : nil } ?? []
        var body: [[[PandocBlock]]] = []
        for tableBody in parts[4] as? [Any] ?? [] {
            guard let fields = tableBody as? [Any], fields.count == 4 else { continue }
            body += rows(fields[2]) + rows(fields[3])
        }
        let foot = (parts[5] as? [Any]).flatMap { $0.count == 2 ? rows($0[1]) : nil } ?? []
        return PandocTable(headRows: head, bodyRows: body + foot)
    }

    private static func inline(_ value: Any?) -> PandocInline? {
        guard let (tag, contents) = element(value) else { return nil }
        let parts = contents as? [Any] ?? []
        switch tag {
        case "Str": return .text(contents as? String ?? "")
        case "Emph": return .emphasis(inlines(contents))
        case "Underline": return .underline(inlines(contents))
        case "Strong": return .strong(inlines(contents))
        case "Strikeout": return .strikeout(inlines(contents))
        case "Superscript": return .superscript(inlines(contents))
        case "Subscript": return .subscript(inlines(contents))
        case "SmallCaps": return .smallCaps(inlines(contents))
        case "Quoted":
            guard parts.count == 2 else { return nil }
            return .quoted(double: element(parts[0])?.tag == "DoubleQuote", inlines(parts[1]))
        case "Code": return .code(parts.count == 2 ? parts[1] as? String ?? "" : "")
        case "Space": return .space
        case "SoftBreak": return .softBreak
        case "LineBreak": return .lineBreak
        case "Math": return .math(parts.count == 2 ? parts[1] as? String ?? "" : "")
        case "RawInline":
            guard parts.count == 2 else { return nil }
            return .rawInline(format: parts[0] as? String ?? "", text: parts[1] as? String ?? "")
        case "Link", "Image":
            guard parts.count == 3, let target = parts[2] as? [Any] else { return nil }
            let url = target.first as? String ?? ""
            return tag == "Link" ? .link(inlines(parts[1]), url: url) : .image(inlines(parts[1]), url: url)
        case "Note": return .note(blocks(contents))
        case "Span":
            guard parts.count == 2 else { return nil }
            return .span(attributes(parts[0]), inlines(parts[1]))
        case "Cite":
            guard parts.count == 2 else { return nil }
            return .cite(inlines(parts[1]))
        default:
            return nil
        }
    }

    // MARK: Writing

    private static func node(_ tag: String, _ contents: Any? = nil) -> [String: Any] {
        contents.map { ["t": tag, "c": $0] } ?? ["t": tag]
    }

    private static func encode(_ attributes: PandocAttributes) -> [Any] {
        [attributes.identifier, attributes.classes, attributes.pairs]
    }

    static func encode(_ block: PandocBlock) -> [String: Any] {
        switch block {
        case .plain(let words): node("Plain", words.map(encode))
        case .paragraph(let words): node("Para", words.map(encode))
        case .lineBlock(let lines): node("LineBlock", lines.map { $0.map(encode) })
        case .codeBlock(let text): node("CodeBlock", [encode(.none), text])
        case .rawBlock(let format, let text): node("RawBlock", [format, text])
        case .blockQuote(let inner): node("BlockQuote", inner.map(encode))
        case .orderedList(let start, let items):
            node("OrderedList", [[start, node("Decimal"), node("Period")], items.map { $0.map(encode) }] as [Any])
        case .bulletList(let items): node("BulletList", items.map { $0.map(encode) })
        case .definitionList(let items):
            node("DefinitionList", items.map { [$0.term.map(encode), $0.definitions.map { $0.map(encode) }] as [Any] })
        case .header(let level, let attributes, let words): node("Header", [level, encode(attributes), words.map(encode)] as [Any])
        case .horizontalRule: node("HorizontalRule")
        case .table(let table): node("Table", encode(table))
        case .division(let attributes, let inner): node("Div", [encode(attributes), inner.map(encode)] as [Any])
        case .other: node("Null")
        }
    }

    private static func encode(_ table: PandocTable) -> [Any] {
        let columns = table.rows.map(\.count).max() ?? 0
        let specs: [Any] = (0..<columns).map { index in
            let width: Any = index < table.columnWidths.count ? node("ColWidth", table.columnWidths[index]) : node("ColWidthDefault")
            return [node("AlignDefault"), width] as [Any]
        }
        func rows(_ rows: [[[PandocBlock]]]) -> [Any] {
            rows.map { cells in
                [encode(.none), cells.map { [encode(.none), node("AlignDefault"), 1, 1, $0.map(encode)] as [Any] }] as [Any]
            }
        }
        return [
            encode(.none), [NSNull(), [Any]()] as [Any], specs,
            [encode(.none), rows(table.headRows)] as [Any],
            [[encode(.none), 0, [Any](), rows(table.bodyRows)] as [Any]],
            [encode(.none), [Any]()] as [Any],
        ]
    }

    static func encode(_ inline: PandocInline) -> [String: Any] {
        switch inline {
        case .text(let text): node("Str", text)
        case .emphasis(let inner): node("Emph", inner.map(encode))
        case .underline(let inner): node("Underline", inner.map(encode))
        case .strong(let inner): node("Strong", inner.map(encode))
        case .strikeout(let inner): node("Strikeout", inner.map(encode))
        case .superscript(let inner): node("Superscript", inner.map(encode))
        case .subscript(let inner): node("Subscript", inner.map(encode))
        case .smallCaps(let inner): node("SmallCaps", inner.map(encode))
        case .quoted(let double, let inner): node("Quoted", [node(double ? "DoubleQuote" : "SingleQuote"), inner.map(encode)] as [Any])
        case .code(let text): node("Code", [encode(.none), text] as [Any])
        case .space: node("Space")
        case .softBreak: node("SoftBreak")
        case .lineBreak: node("LineBreak")
        case .math(let text): node("Math", [node("InlineMath"), text] as [Any])
        case .rawInline(let format, let text): node("RawInline", [format, text])
        case .link(let inner, let url): node("Link", [encode(.none), inner.map(encode), [url, ""]] as [Any])
        case .image(let inner, let url): node("Image", [encode(.none), inner.map(encode), [url, ""]] as [Any])
        case .note(let blocks): node("Note", blocks.map(encode))
        case .span(let attributes, let inner): node("Span", [encode(attributes), inner.map(encode)] as [Any])
        case .cite(let inner): node("Span", [encode(.none), inner.map(encode)] as [Any])
        }
    }
}
