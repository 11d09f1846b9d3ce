# A DocBook 4 chapter (ISO entities, a book's own entities, chapterinfo, ids, a reference
# entry, a glossary) goes through check-docbook as DocBook 5: valid, rendered, stable.
DOCBOOK_INPUTS += Tests/Fixtures/DocBook4/chapter.xml
