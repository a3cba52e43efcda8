# tests/formats.mk
