# EPUB reader: `make bench` reads the 20 MB book Quire writes beside pandoc
# (EPUB → plain, speed counted on the unpacked content).

PANDOC_JOBS += epub:plain
