import Diagnostics

/// What the import changed or left out, counted over the whole document and reported once each.
struct Tally {
    var pictures = 0
    var footnotes = 0
    var lineBreaks = 0
    var firstLineBreak: WordPlace?
    var manualBullets = 0
    var firstManualBullet: WordPlace?
    var demotedHeadings = 0
    var firstDemotedHeading: WordPlace?
    var unknownElements = 0
}

extension ExperienceImporter {
    /// One finding for each kind of thing the import changed or left out, with the first place it happened.
    mutating func reportTally(changes: TrackedChanges, contents: PackageContents) {
        let pictures = max(tally.pictures, contents.pictures)
        let pending = max(changes.pendingChanges, contents.trackedChanges)
        let comments = max(changes.comments, contents.comments)
        if pending > 0 {
            report(.warning, "tracked-changes", at: .document,
                   es: "el documento tenía cambios sin aceptar (control de cambios: \(pending)); se importó con todos aceptados.",
                   en: "the document had changes not yet accepted (tracked changes: \(pending)); it was imported with all of them accepted.",
                   hintES: "Revise el texto importado, o acepte o rechace los cambios en Word (Revisar › Aceptar) y envíelo de nuevo.",
                   hintEN: "Check the imported text, or accept or reject the changes in Word (Review › Accept) and send it again.")
        }
        if comments > 0 {
            report(.warning, "comments", at: .document,
                   es: "se quitaron los comentarios de Word (\(comments)): no forman parte de la experiencia.",
                   en: "the Word comments (\(comments)) were removed: they are not part of the experience.",
                   hintES: "Si un comentario pedía un cambio, hágalo en el texto.",
                   hintEN: "If a comment asked for a change, make it in the text.")
        }
        if pictures > 0 {
            report(.warning, "pictures", at: .document,
                   es: "las imágenes del documento (\(pictures)) no se importaron: el cuadernillo no imprime imágenes de las regiones.",
                   en: "the document's pictures (\(pictures)) were not imported: the booklet prints no pictures from regions.")
        }
        if contents.charts > 0 {
            report(.warning, "charts", at: .document,
                   es: "los gráficos del documento (\(contents.charts)) no se importaron: el cuadernillo hace sus propios gráficos con los datos.",
                   en: "the document's charts (\(contents.charts)) were not imported: the booklet draws its own charts from the data.",
                   hintES: "Si el gráfico dice algo que el texto no dice, escríbalo en la sección que corresponda.",
                   hintEN: "If the chart says something the text does not, write it in the section it belongs to.")
        }
        if contents.textBoxes > 0 {
            report(.warning, "text-boxes", at: .document,
                   es: "el texto de los cuadros de texto del documento (\(contents.textBoxes)) no se importó.",
                   en: "the text of the document's text boxes (\(contents.textBoxes)) was not imported.",
                   hintES: "Copie el texto de cada cuadro al cuerpo del documento, bajo el título de su sección, y borre el cuadro.",
                   hintEN: "Copy each box's text into the body, under its section's heading, and delete the box.")
        }
        if contents.headersAndFootersWithText > 0 {
            report(.warning, "headers-footers", at: .document,
                   es: "el texto del encabezado o del pie de página no se importó (el cuadernillo pone los suyos).",
                   en: "the text of the header or footer was not imported (the booklet sets its own).")
        }
        if contents.simpleFields > 0 {
            report(.warning, "fields", at: .document,
                   es: "el texto de los campos de Word del documento (\(contents.simpleFields): una fecha, un número de página, …) no se importó.",
                   en: "the text of the document's Word fields (\(contents.simpleFields): a date, a page number, …) was not imported.",
                   hintES: "Si el texto del campo hace falta, escríbalo como texto normal (en Word: seleccione el campo y pulse Ctrl+Mayús+F9).",
                   hintEN: "If the field's text is needed, write it as ordinary text (in Word: select the field and press Ctrl+Shift+F9).")
        }
        if tally.footnotes > 0 {
            report(.warning, "footnotes", at: .document,
                   es: "las notas al pie (\(tally.footnotes)) se escribieron entre paréntesis, «(nota: …)», donde estaba su llamada.",
                   en: "the footnotes (\(tally.footnotes)) were written in parentheses, «(nota: …)», where they were anchored.",
                   hintES: "El cuadernillo no tiene notas al pie: revise si el texto se lee bien así o lleve la nota al texto.",
                   hintEN: "The booklet has no footnotes: check that the text reads well, or work the note into it.")
        }
        if tally.manualBullets > 0 {
            report(.warning, "manual-bullets", at: tally.firstManualBullet,
                   es: "párrafos que empiezan con una viñeta escrita a mano («•», «-»): \(tally.manualBullets); se importaron como lista.",
                   en: "paragraphs beginning with a hand-typed bullet («•», «-»): \(tally.manualBullets); imported as a list.",
                   hintES: "En Word, use el botón de viñetas (Inicio › Viñetas).",
                   hintEN: "In Word, use the bullets button (Home › Bullets).")
        }
        if tally.lineBreaks > 0 {
            report(.warning, "line-breaks", at: tally.firstLineBreak,
                   es: "saltos de línea dentro de párrafos (Mayús+Intro): \(tally.lineBreaks); cada uno se reemplazó por un espacio.",
                   en: "line breaks inside paragraphs (Shift+Enter): \(tally.lineBreaks); each was replaced by a space.",
                   hintES: "Si eran párrafos distintos, sepárelos con Intro; si eran una lista, use viñetas.",
                   hintEN: "If they were separate paragraphs, split them with Enter; if a list, use bullets.")
        }
        if tally.demotedHeadings > 0 {
            report(.warning, "subheadings", at: tally.firstDemotedHeading,
                   es: "subtítulos (Título 3 o menor): \(tally.demotedHeadings); se importaron como párrafos en negrita.",
                   en: "subheadings (Heading 3 or lower): \(tally.demotedHeadings); imported as bold paragraphs.")
        }
        if tally.unknownElements > 0 {
            report(.warning, "unknown-elements", at: .document,
                   es: "elementos del documento que no se pudieron leer (objetos, campos especiales): \(tally.unknownElements); no se importaron.",
                   en: "elements of the document that could not be read (objects, special fields): \(tally.unknownElements); not imported.")
        }
    }
}
