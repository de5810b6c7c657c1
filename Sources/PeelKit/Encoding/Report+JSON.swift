/// The contract's field order (schemaVersion 1), written by hand so that output is
/// stable and fast. `ReportJSONEncoder` uses this; `Codable` gives the same values.
extension Report {
    /// Writes the report as one JSON object.
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("schemaVersion"); json.int(schemaVersion)
        json.key("format")
        json.beginObject()
        json.key("id"); json.string(format.id)
        json.key("confidence"); json.double(format.confidence)
        json.endObject()
        json.key("title"); json.string(title)
        json.key("force")
        if let force {
            json.beginObject()
            json.key("id"); json.string(force.id)
            json.key("name"); json.string(force.name)
            json.endObject()
        } else {
            json.null()
        }
        json.key("inspectionYear"); json.string(inspectionYear)
        json.key("published"); json.string(published)
        json.key("isbn"); json.string(isbn)
        json.key("judgments")
        json.beginArray()
        for judgment in judgments {
            json.beginObject()
            json.key("pillar"); json.string(judgment.pillar.rawValue)
            json.key("grade"); json.string(judgment.grade?.rawValue)
            json.key("gradeSource"); json.string(judgment.gradeSource.rawValue)
            json.key("line"); json.int(judgment.line)
            json.endObject()
        }
        json.endArray()
        json.key("questions")
        json.beginArray()
        for question in questions { question.write(to: &json) }
        json.endArray()
        json.key("keyFigures")
        json.beginArray()
        for figure in keyFigures {
            json.beginObject()
            json.key("label"); json.string(figure.label)
            json.key("period"); json.string(figure.period)
            json.key("value"); json.string(figure.value)
            json.key("comparator"); json.string(figure.comparator)
            json.key("comparatorValue"); json.string(figure.comparatorValue)
            json.key("line"); json.int(figure.line)
            json.endObject()
        }
        json.endArray()
        json.key("tables")
        json.beginArray()
        for table in tables {
            json.beginObject()
            json.key("title"); json.string(table.title)
            json.key("columns"); json.strings(table.columns)
            json.key("rows")
            json.beginArray()
            for row in table.rows { json.strings(row) }
            json.endArray()
            json.key("line"); json.int(table.line)
            json.endObject()
        }
        json.endArray()
        json.key("observations"); json.strings(observations)
        json.key("similarForces"); json.strings(similarForces)
        json.key("diagnostics")
        json.beginArray()
        for diagnostic in diagnostics {
            json.beginObject()
            json.key("severity"); json.string(diagnostic.severity.rawValue)
            json.key("code"); json.string(diagnostic.code)
            json.key("message"); json.string(diagnostic.message)
            json.key("line"); json.int(diagnostic.line)
            json.endObject()
        }
        json.endArray()
        if let source {
            json.key("source"); json.string(source)
        }
        json.endObject()
    }
}

extension Question {
    /// Writes the question as one JSON object.
    public func write(to json: inout JSONWriter) {
        json.beginObject()
        json.key("key"); json.string(key.rawValue)
        json.key("pillar"); json.string(pillar.rawValue)
        json.key("title"); json.string(title)
        json.key("grade"); json.string(grade?.rawValue)
        json.key("gradeSource"); json.string(gradeSource.rawValue)
        json.key("lastInspected"); json.string(lastInspected)
        json.key("carriedOver"); json.bool(carriedOver)
        json.key("summary"); json.strings(summary)
        json.key("areasForImprovement"); json.strings(areasForImprovement)
        json.key("causesOfConcern")
        json.beginArray()
        for cause in causesOfConcern {
            json.beginObject()
            json.key("text"); json.string(cause.text)
            json.key("recommendations"); json.strings(cause.recommendations)
            json.key("line"); json.int(cause.line)
            json.endObject()
        }
        json.endArray()
        json.key("line"); json.int(line)
        json.endObject()
    }
}
