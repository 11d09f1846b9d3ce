# EPUB reader: every sample and corpus text (EPUB_INPUTS, from epub.mk) read
# back from the EPUB Quire writes must give the tree read straight from it, and
# from the EPUB pandoc writes must give the same headings and notes.
# `make bench` reads Quire's 20 MB EPUB beside pandoc (speed on the unpacked content).

CHECKS      += check-epub-read
PANDOC_JOBS += epub:plain

.PHONY: check-epub-read
check-epub-read: build
	@.ci/ensure-packages pandoc
	@$(PYTHON) $(EPUB_SCRIPTS)/epub_readback.py $(DEBUG_BIN) $(OUT)/check-epub-read $(EPUB_INPUTS)
