# Word and OpenDocument files go through the validators the samples go through: the
# hand-made manuscript, pandoc's ODT and a LibreOffice DOCX, as EPUB (EPUBCheck, in
# check-epub) and as DocBook (jing, DocBook XSL and the round trip, in check-docbook).
# The fixtures are committed; Tests/Fixtures/Office/make-fixtures.sh says how they were made.
OFFICE_INPUTS := Tests/Fixtures/Office/manuscript.docx Tests/Fixtures/Office/pandoc/on-keeping-a-commonplace-book.odt \
                 Tests/Fixtures/Office/LibreOffice/magazine-longread.docx
EPUB_INPUTS    += $(OFFICE_INPUTS)
DOCBOOK_INPUTS += $(OFFICE_INPUTS)
