// The one file that speaks to libcmark. Everything C stays here: cmark nodes,
// iterators, parsers and the buffers they return are created and freed inside
// each function, and nothing of them is visible from its signature.
import CCmark
import Diagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Parsing into Swift values and rendering back to HTML through libcmark.
enum CmarkBridge {
    /// The version of the libcmark linked in ("0.30.2").
    static var libraryVersion: String { String(cString: cmark_version_string()) }

    /// Parses UTF-8 text (no BOM) and copies the tree into flat records.
    ///
    /// The copy walks cmark's iterator (enter/exit events) with an explicit
    /// stack, so a document nested 100,000 levels deep costs no call depth.
    static func parse(_ source: SourceText, options: MarkupOptions) -> [NodeRecord] {
        // cmark turns each NUL into U+FFFD (3 bytes) before it counts columns; doing
        // the same first keeps its byte columns and our line tables in step.
        let source = source.bytes.contains(0) ? SourceText(validUTF8: replacingNUL(source.bytes)) : source
        var flags = CMARK_OPT_VALIDATE_UTF8
        if options.smartPunctuation { flags |= CMARK_OPT_SMART }
        let parsed: OpaquePointer? = source.bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return cmark_parse_document("", 0, flags) }
            return UnsafeRawPointer(base).withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                cmark_parse_document(chars, buffer.count, flags)
            }
        }
        guard let document = parsed else { fatalError("libcmark could not allocate a document") }
        defer { cmark_node_free(document) }

        let columns = ColumnConverter(source: source)
        var records: [NodeRecord] = []
        // Open containers: indices into `records`.
        var open: [Int32] = []
        guard let iterator = cmark_iter_new(document) else { fatalError("libcmark could not allocate an iterator") }
        defer { cmark_iter_free(iterator) }

        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            if event == CMARK_EVENT_EXIT {
                let index = Int(open.removeLast())
                records[index].subtreeEnd = Int32(records.count)
                continue
            }
            let index = Int32(records.count)
            records.append(record(of: node, parent: open.last ?? -1, source: source, columns: columns, lineOffset: options.lineOffset))
            if isLeaf(cmark_node_get_type(node)) {
                records[Int(index)].subtreeEnd = index + 1
            } else {
                open.append(index)
            }
        }
        return records
    }

    /// Renders the subtree at `index` to HTML by rebuilding it as a cmark tree.
    ///
    /// The node's ancestors are rebuilt too (without their other children):
    /// cmark decides whether a paragraph gets `<p>` from its grandparent list.
    static func renderHTML(tree: MarkupTree, index: Int) -> String {
        let records = tree.records
        var ancestors: [Int] = []
        var up = Int(records[index].parent)
        while up >= 0 {
            ancestors.append(up)
            up = Int(records[up].parent)
        }
        ancestors.reverse()

        var top: OpaquePointer?
        var parentNode: OpaquePointer?
        for ancestor in ancestors {
            let node = makeNode(records[ancestor], options: tree.options)
            if let parentNode { cmark_node_append_child(parentNode, node) } else { top = node }
            parentNode = node
        }

        // The subtree occupies index..<end in pre-order: each record's parent
        // was created before it, so one forward pass builds the whole thing.
        let end = Int(records[index].subtreeEnd)
        // Ranges of years get their en dash here, where text is rendered: the tree keeps the text as written.
        let typeset = tree.options.smartPunctuation ? TextRuns.typeset(records, in: index..<end) : (texts: [:], dropped: [])
        var made = [OpaquePointer?](repeating: nil, count: end - index)
        for i in index..<end where !typeset.dropped.contains(i) {
            var record = records[i]
            if let text = typeset.texts[i] { record.literal = text }
            let node = makeNode(record, options: tree.options)
            made[i - index] = node
            let parent = Int(records[i].parent)
            if i == index {
                if let parentNode { cmark_node_append_child(parentNode, node) } else { top = node }
            } else if let parentNode = made[parent - index] {
                cmark_node_append_child(parentNode, node)
            }
        }
        defer { if let top { cmark_node_free(top) } }

        var flags = CMARK_OPT_DEFAULT
        if tree.options.allowUnsafeHTML { flags |= CMARK_OPT_UNSAFE }
        if tree.options.hardBreaks { flags |= CMARK_OPT_HARDBREAKS }
        guard let target = made[0], let rendered = cmark_render_html(target, flags) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    /// The bytes with every NUL replaced by U+FFFD, as cmark reads them.
    private static func replacingNUL(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        for byte in bytes {
            if byte == 0 { result.append(contentsOf: [0xEF, 0xBF, 0xBD]) } else { result.append(byte) }
        }
        return result
    }

    // MARK: - Copying one node

    private static func record(of node: OpaquePointer, parent: Int32, source: SourceText, columns: ColumnConverter, lineOffset: Int) -> NodeRecord {
        let type = cmark_node_get_type(node)
        let kind = kind(of: type)
        var record = NodeRecord(
            kind: kind, parent: parent, subtreeEnd: -1, literal: nil, headingLevel: 0, list: nil,
            destination: nil, title: nil, fenceInfo: nil, onEnter: nil, onExit: nil, range: nil
        )
        switch kind {
        case .text, .code, .htmlBlock, .htmlInline:
            record.literal = string(cmark_node_get_literal(node))
        case .codeBlock:
            record.literal = string(cmark_node_get_literal(node))
            record.fenceInfo = string(cmark_node_get_fence_info(node))
        case .heading:
            record.headingLevel = Int8(cmark_node_get_heading_level(node))
        case .list:
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let delimiter: ListDelimiter = switch cmark_node_get_list_delim(node) {
            case CMARK_PERIOD_DELIM: .period
            case CMARK_PAREN_DELIM: .parenthesis
            default: .none
            }
            record.list = ListInfo(
                kind: ordered ? .ordered : .bullet,
                start: ordered ? Int(cmark_node_get_list_start(node)) : 0,
                isTight: cmark_node_get_list_tight(node) != 0,
                delimiter: delimiter
            )
        case .link, .image:
            record.destination = string(cmark_node_get_url(node))
            record.title = string(cmark_node_get_title(node))
        case .customBlock, .customInline:
            record.onEnter = string(cmark_node_get_on_enter(node))
            record.onExit = string(cmark_node_get_on_exit(node))
        default:
            break
        }
        record.range = range(of: node, source: source, columns: columns, lineOffset: lineOffset)
        return record
    }

    /// The node's position with columns converted from bytes to characters; `nil` when cmark has none.
    private static func range(of node: OpaquePointer, source: SourceText, columns: ColumnConverter, lineOffset: Int) -> SourceRange? {
        let startLine = Int(cmark_node_get_start_line(node))
        let startColumn = Int(cmark_node_get_start_column(node))
        guard startLine > 0, startColumn > 0 else { return nil }
        var endLine = Int(cmark_node_get_end_line(node))
        var endColumn = Int(cmark_node_get_end_column(node))
        // cmark ends a block closed by a blank line at column 0 of that blank line;
        // the block really ends at the last character of the last line that has one.
        while endColumn < 1 && endLine > startLine {
            endLine -= 1
            endColumn = source.byteLength(ofLine: endLine)
        }
        if endLine < startLine || (endLine == startLine && endColumn < startColumn) {
            endLine = startLine
            endColumn = startColumn
        }
        return SourceRange(
            start: SourceLocation(line: startLine + lineOffset, column: columns.characterColumn(line: startLine, byteColumn: startColumn)),
            end: SourceLocation(line: endLine + lineOffset, column: columns.characterColumn(line: endLine, byteColumn: max(endColumn, 1)))
        )
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    // MARK: - Rebuilding one node

    /// A cmark node with the record's kind and attributes.
    ///
    /// In safe mode a link `LinkPolicy` refuses, and every image, becomes an
    /// inline node with no markup of its own: its text stays, the address goes.
    /// (cmark's own safe mode only blanks four schemes and keeps `//host`,
    /// `https:host`, relative and unknown-scheme addresses live.)
    private static func makeNode(_ record: NodeRecord, options: MarkupOptions) -> OpaquePointer {
        if !options.allowUnsafeHTML, record.kind == .image || (record.kind == .link && !LinkPolicy.allows(record.destination ?? "")) {
            guard let node = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { fatalError("libcmark could not allocate a node") }
            return node
        }
        guard let node = cmark_node_new(type(of: record.kind)) else { fatalError("libcmark could not allocate a node") }
        switch record.kind {
        case .text, .code, .htmlBlock, .htmlInline:
            cmark_node_set_literal(node, record.literal ?? "")
        case .codeBlock:
            cmark_node_set_literal(node, record.literal ?? "")
            cmark_node_set_fence_info(node, record.fenceInfo ?? "")
        case .heading:
            cmark_node_set_heading_level(node, Int32(record.headingLevel))
        case .list:
            if let list = record.list {
                cmark_node_set_list_type(node, list.kind == .ordered ? CMARK_ORDERED_LIST : CMARK_BULLET_LIST)
                cmark_node_set_list_delim(node, list.delimiter == .parenthesis ? CMARK_PAREN_DELIM : (list.delimiter == .period ? CMARK_PERIOD_DELIM : CMARK_NO_DELIM))
                cmark_node_set_list_start(node, Int32(clamping: list.start))
                cmark_node_set_list_tight(node, list.isTight ? 1 : 0)
            }
        case .link, .image:
            cmark_node_set_url(node, record.destination ?? "")
            cmark_node_set_title(node, record.title ?? "")
        case .customBlock, .customInline:
            cmark_node_set_on_enter(node, record.onEnter ?? "")
            cmark_node_set_on_exit(node, record.onExit ?? "")
        default:
            break
        }
        return node
    }

    // MARK: - Type mapping

    private static func isLeaf(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_HTML_BLOCK, CMARK_NODE_THEMATIC_BREAK, CMARK_NODE_CODE_BLOCK, CMARK_NODE_TEXT,
             CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
            true
        default:
            false
        }
    }

    private static func kind(of type: cmark_node_type) -> MarkupKind {
        switch type {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .text
        }
    }

    private static func type(of kind: MarkupKind) -> cmark_node_type {
        switch kind {
        case .document: CMARK_NODE_DOCUMENT
        case .blockQuote: CMARK_NODE_BLOCK_QUOTE
        case .list: CMARK_NODE_LIST
        case .item: CMARK_NODE_ITEM
        case .codeBlock: CMARK_NODE_CODE_BLOCK
        case .htmlBlock: CMARK_NODE_HTML_BLOCK
        case .customBlock: CMARK_NODE_CUSTOM_BLOCK
        case .paragraph: CMARK_NODE_PARAGRAPH
        case .heading: CMARK_NODE_HEADING
        case .thematicBreak: CMARK_NODE_THEMATIC_BREAK
        case .text: CMARK_NODE_TEXT
        case .softBreak: CMARK_NODE_SOFTBREAK
        case .lineBreak: CMARK_NODE_LINEBREAK
        case .code: CMARK_NODE_CODE
        case .htmlInline: CMARK_NODE_HTML_INLINE
        case .customInline: CMARK_NODE_CUSTOM_INLINE
        case .emphasis: CMARK_NODE_EMPH
        case .strong: CMARK_NODE_STRONG
        case .link: CMARK_NODE_LINK
        case .image: CMARK_NODE_IMAGE
        }
    }
}
